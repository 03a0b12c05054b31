using Microsoft.EntityFrameworkCore;
using PartyBuilding.Organizations;

namespace PartyBuilding.Members;

public sealed class MemberLookup(IMembersDbContext db, IOrganizationsDbContext organizations) : IMemberLookup
{
    public Task<bool> ExistsAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Members.AnyAsync(m => m.Id == id, cancellationToken);

    public async Task<IReadOnlyDictionary<Guid, string>> GetNamesInSubtreeAsync(
        Guid organizationId, IReadOnlyCollection<Guid> memberIds, CancellationToken cancellationToken = default)
    {
        var root = await organizations.Organizations.AsNoTracking()
            .Where(o => o.Id == organizationId).Select(o => new { o.Path, o.Type }).FirstOrDefaultAsync(cancellationToken);
        if (root is null || memberIds.Count == 0)
        {
            return new Dictionary<Guid, string>();
        }

        var members = db.Members.AsNoTracking().Where(m => memberIds.Contains(m.Id));
        members = root.Type == OrganizationType.PartyGroup
            ? members.Where(m => m.PartyGroupId == organizationId)
            : members.Where(m => organizations.Organizations.Any(o => o.Id == m.OrganizationId && o.Path.StartsWith(root.Path)));
        return await members.ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken);
    }

    public async Task<IReadOnlyList<MemberInfo>> GetManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
    {
        var distinct = ids.Distinct().ToArray();
        return await db.Members.AsNoTracking().Where(m => distinct.Contains(m.Id))
            .Select(m => new MemberInfo(m.Id, m.Name, m.OrganizationId, m.PartyGroupId, m.Stage == MemberStage.Full))
            .ToListAsync(cancellationToken);
    }
}

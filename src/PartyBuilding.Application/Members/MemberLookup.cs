using Microsoft.EntityFrameworkCore;

namespace PartyBuilding.Members;

public sealed class MemberLookup(IMembersDbContext db) : IMemberLookup
{
    public Task<bool> ExistsAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Members.AnyAsync(m => m.Id == id, cancellationToken);

    public async Task<IReadOnlyList<MemberInfo>> GetManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
    {
        var distinct = ids.Distinct().ToArray();
        return await db.Members.AsNoTracking().Where(m => distinct.Contains(m.Id))
            .Select(m => new MemberInfo(m.Id, m.Name, m.OrganizationId, m.PartyGroupId, m.Stage == MemberStage.Full))
            .ToListAsync(cancellationToken);
    }
}

using Microsoft.EntityFrameworkCore;
using PartyBuilding.Organizations;

namespace PartyBuilding.Members;

public sealed class OrganizationMemberCounter(IMembersDbContext db) : IOrganizationMemberCounter
{
    public async Task<IReadOnlyDictionary<Guid, OrganizationMemberCount>> CountAsync(
        IReadOnlyCollection<Guid> organizationIds, CancellationToken cancellationToken = default)
    {
        var ids = organizationIds.Distinct().ToArray();
        var active = db.Members.AsNoTracking().Where(m => m.Status == MemberStatus.Active);
        var byOrganization = await active.Where(m => ids.Contains(m.OrganizationId))
            .GroupBy(m => new { m.OrganizationId, m.Stage })
            .Select(g => new { Id = g.Key.OrganizationId, g.Key.Stage, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var byGroup = await active.Where(m => m.PartyGroupId != null && ids.Contains(m.PartyGroupId.Value))
            .GroupBy(m => new { PartyGroupId = m.PartyGroupId!.Value, m.Stage })
            .Select(g => new { Id = g.Key.PartyGroupId, g.Key.Stage, Count = g.Count() })
            .ToListAsync(cancellationToken);

        return byOrganization.Concat(byGroup)
            .GroupBy(x => x.Id)
            .ToDictionary(
                g => g.Key,
                g => new OrganizationMemberCount(
                    g.Where(x => x.Stage == MemberStage.Full).Sum(x => x.Count),
                    g.Where(x => x.Stage == MemberStage.Probationary).Sum(x => x.Count),
                    g.Where(x => x.Stage < MemberStage.Probationary).Sum(x => x.Count)));
    }
}

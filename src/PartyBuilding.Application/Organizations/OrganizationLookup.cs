using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace PartyBuilding.Organizations;

public sealed class OrganizationLookup(IOrganizationsDbContext db, OrganizationReach reach) : IOrganizationLookup
{
    private static readonly Expression<Func<Organization, OrganizationInfo>> InfoProjection = o => new OrganizationInfo(
        o.Id, o.ParentId, o.Path, o.Type, o.Name, o.EstablishedOn, o.JoinedOn, o.LeftOn, o.EndsOn, o.BrandName);

    private static readonly Func<Organization, OrganizationInfo> InfoOf = InfoProjection.Compile();

    public Task<bool> ExistsAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Organizations.AnyAsync(o => o.Id == id, cancellationToken);

    public async Task<IReadOnlyList<Guid>> GetMembersDuringAsync(
        DateOnly start, DateOnly end, CancellationToken cancellationToken = default) =>
        await db.Organizations.AsNoTracking().WhereMemberDuring(start, end)
            .OrderBy(o => o.Path).Select(o => o.Id).ToListAsync(cancellationToken);

    public Task<ReachScope> GetReachAsync(CancellationToken cancellationToken = default) => reach.GetAsync(cancellationToken);

    public async Task<OrganizationInfo> GetWithinReachAsync(Guid id, CancellationToken cancellationToken = default) =>
        InfoOf(await reach.GetWithinReachAsync(id, track: false, cancellationToken));

    public async Task<OrganizationInfo?> FindWithinReachAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var organization = await Infos(db.Organizations.AsNoTracking().Where(o => o.Id == id)).FirstOrDefaultAsync(cancellationToken);
        return organization is not null && (await reach.GetAsync(cancellationToken)).Covers(organization.Path) ? organization : null;
    }

    public async Task<IReadOnlyList<OrganizationInfo>> GetSubtreeWithinReachAsync(
        Guid? subtreeOf, CancellationToken cancellationToken = default)
    {
        var organizations = await reach.ReachableAsync(db.Organizations.AsNoTracking(), cancellationToken);
        if (subtreeOf is { } id)
        {
            var root = await reach.GetWithinReachAsync(id, track: false, cancellationToken);
            organizations = organizations.WhereInSubtree(root.Path);
        }

        return await Infos(organizations.OrderBy(o => o.Path)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<OrganizationInfo>> GetManyAsync(
        IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
    {
        var distinct = ids.Distinct().ToArray();
        return await Infos(db.Organizations.AsNoTracking().Where(o => distinct.Contains(o.Id))).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<CommitteeTermInfo>> GetCommitteeTermsAsync(
        IReadOnlyCollection<Guid> organizationIds, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var ids = organizationIds.Distinct().ToArray();
        var terms = await db.CommitteeTerms.AsNoTracking()
            .Where(t => ids.Contains(t.OrganizationId) && t.StartsOn <= to && t.EndsOn >= from)
            .Select(t => new
            {
                t.OrganizationId,
                t.StartsOn,
                t.EndsOn,
                MemberCount = t.Members.Count,
                MemberIds = t.Members.Where(m => m.MemberId != null).Select(m => m.MemberId!.Value).ToList(),
            })
            .ToListAsync(cancellationToken);
        return terms.Select(t => new CommitteeTermInfo(t.OrganizationId, t.StartsOn, t.EndsOn, t.MemberCount, t.MemberIds)).ToList();
    }

    private static IQueryable<OrganizationInfo> Infos(IQueryable<Organization> organizations) => organizations.Select(InfoProjection);
}

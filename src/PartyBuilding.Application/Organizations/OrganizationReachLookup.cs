using Microsoft.EntityFrameworkCore;

namespace PartyBuilding.Organizations;

public sealed class OrganizationReachLookup(OrganizationReach reach, IOrganizationsDbContext db) : IOrganizationReachLookup
{
    public async Task<OrganizationSummary> GetWithinReachAsync(Guid id, CancellationToken cancellationToken = default) =>
        ToSummary(await reach.GetWithinReachAsync(id, track: false, cancellationToken));

    public async Task<bool> CoversAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var path = await db.Organizations.AsNoTracking().Where(o => o.Id == id).Select(o => o.Path).FirstOrDefaultAsync(cancellationToken);
        return path is not null && (await reach.GetAsync(cancellationToken)).Covers(path);
    }

    public async Task<IReadOnlyList<OrganizationSummary>> ListWithinReachAsync(Guid? subtreeOf, CancellationToken cancellationToken = default)
    {
        var organizations = await reach.ReachableAsync(db.Organizations.AsNoTracking(), cancellationToken);
        if (subtreeOf is { } id)
        {
            var root = await reach.GetWithinReachAsync(id, track: false, cancellationToken);
            organizations = organizations.WhereInSubtree(root.Path);
        }

        return (await organizations.OrderBy(o => o.Path).ToListAsync(cancellationToken)).ConvertAll(ToSummary);
    }

    private static OrganizationSummary ToSummary(Organization organization) =>
        new(organization.Id, organization.ParentId, organization.Name, organization.Type, organization.Depth, organization.BrandName);
}

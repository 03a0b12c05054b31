using Microsoft.EntityFrameworkCore;

namespace PartyBuilding.Organizations;

public sealed class OrganizationLookup(IOrganizationsDbContext db) : IOrganizationLookup
{
    public Task<bool> ExistsAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Organizations.AnyAsync(o => o.Id == id, cancellationToken);
}

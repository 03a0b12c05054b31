using Microsoft.EntityFrameworkCore;

namespace PartyBuilding.Organizations;

public sealed class OrganizationLookup(IOrganizationsDbContext db) : IOrganizationLookup
{
    public Task<bool> ExistsAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Organizations.AnyAsync(o => o.Id == id, cancellationToken);

    public async Task<IReadOnlyList<Guid>> GetMembersDuringAsync(
        DateOnly start, DateOnly end, CancellationToken cancellationToken = default) =>
        await db.Organizations.AsNoTracking().WhereMemberDuring(start, end)
            .OrderBy(o => o.Path).Select(o => o.Id).ToListAsync(cancellationToken);
}

using Microsoft.EntityFrameworkCore;
using PartyBuilding.Framework.Data;
using PartyBuilding.Framework.Data.Seeding;

namespace PartyBuilding.Organizations;

/// <summary>
/// Gives every committee the unit categories of the anchor case (DOMAIN.md §1.1: 政务服务职能部门, 国有企业, 乡镇街道,
/// 行政村), which the committee may rename or extend. Seeding runs on every migration, so a committee that ever
/// had categories (even deleted ones) keeps its own list.
/// </summary>
public sealed class OrganizationCategoryDataSeedContributor(IOrganizationsDbContext db) : IDataSeedContributor
{
    private static readonly (string Name, UnitKind Kind)[] Defaults =
    [
        ("政务部门", UnitKind.GovernmentDepartment),
        ("国有企业", UnitKind.StateEnterprise),
        ("乡镇街道", UnitKind.TownshipOrStreet),
        ("村社区", UnitKind.VillageOrCommunity),
        ("其他", UnitKind.Other),
    ];

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken)
    {
        if (context.TenantId is null
            || await db.OrganizationCategories.IgnoreQueryFilters([DataFilters.SoftDelete]).AnyAsync(cancellationToken))
        {
            return;
        }

        db.OrganizationCategories.AddRange(Defaults.Select((d, index) =>
            new OrganizationCategory(Guid.CreateVersion7(), d.Name, d.Kind, (index + 1) * 10)));
        await db.SaveChangesAsync(cancellationToken);
    }
}

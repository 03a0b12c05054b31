using Microsoft.EntityFrameworkCore;
using PartyBuilding.Framework.Data;
using PartyBuilding.Framework.Data.Seeding;

namespace PartyBuilding.Activities;

/// <summary>
/// Gives every committee the activity categories of DOMAIN.md §1.5: the 1+3+X template (党建 plus 中心工作, 重点任务,
/// 日常工作, and the unit's own 特色 X) and the eight district-level 党建+ fields. Seeding runs on every migration,
/// so a committee that ever had categories (even deleted ones) keeps its own list.
/// </summary>
public sealed class ActivityCategoryDataSeedContributor(IActivitiesDbContext db) : IDataSeedContributor
{
    private static readonly (string Name, ActivityCategoryGroup Group)[] Defaults =
    [
        ("党建+中心工作", ActivityCategoryGroup.CentralWork),
        ("党建+重点任务", ActivityCategoryGroup.KeyTask),
        ("党建+日常工作", ActivityCategoryGroup.DailyWork),
        ("特色X", ActivityCategoryGroup.Special),
        ("党建+产业发展", ActivityCategoryGroup.Field),
        ("党建+旧改征迁", ActivityCategoryGroup.Field),
        ("党建+城市建管", ActivityCategoryGroup.Field),
        ("党建+优化环境", ActivityCategoryGroup.Field),
        ("党建+协商民主", ActivityCategoryGroup.Field),
        ("党建+志愿服务", ActivityCategoryGroup.Field),
        ("党建+群团建设", ActivityCategoryGroup.Field),
        ("党建+精准帮扶", ActivityCategoryGroup.Field),
    ];

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken)
    {
        if (context.TenantId is null
            || await db.ActivityCategories.IgnoreQueryFilters([DataFilters.SoftDelete]).AnyAsync(cancellationToken))
        {
            return;
        }

        db.ActivityCategories.AddRange(Defaults.Select((d, index) =>
            new ActivityCategory(Guid.CreateVersion7(), d.Name, d.Group, (index + 1) * 10)));
        await db.SaveChangesAsync(cancellationToken);
    }
}

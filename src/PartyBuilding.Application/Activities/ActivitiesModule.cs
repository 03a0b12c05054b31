using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Framework.Authorization.Permissions;
using PartyBuilding.Framework.Data.Seeding;
using PartyBuilding.Framework.Modularity;
using PartyBuilding.Identity;

namespace PartyBuilding.Activities;

/// <summary>Brand activities (一支部一品牌 / 党建+), their review by the committee and their statistics.</summary>
public sealed class ActivitiesModule : IPartyBuildingModule
{
    public void ConfigureServices(ModuleContext context)
    {
        var services = context.Services;
        services.AddSingleton<PermissionDefinitionProvider, ActivityPermissionDefinitionProvider>();
        services.AddSingleton<IDefaultRoleGrantProvider, ActivityDefaultRoleGrants>();
        services.AddScoped<IActivityStatistics, ActivityStatistics>();
        services.AddScoped<IActivityAppService, ActivityAppService>();
        services.AddScoped<IActivityCategoryAppService, ActivityCategoryAppService>();
        services.AddScoped<IDataSeedContributor, ActivityCategoryDataSeedContributor>();
    }
}

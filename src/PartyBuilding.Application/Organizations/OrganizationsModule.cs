using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Framework.Data.Seeding;
using PartyBuilding.Framework.Modularity;
using PartyBuilding.Framework.Settings;
using PartyBuilding.Identity;

namespace PartyBuilding.Organizations;

/// <summary>The member organisation tree (成员党组织), its committees, brands and set-up rules.</summary>
public sealed class OrganizationsModule : IPartyBuildingModule
{
    public void ConfigureServices(ModuleContext context)
    {
        var services = context.Services;
        services.AddSingleton<SettingDefinitionProvider, OrganizationSettings.DefinitionProvider>();
        services.AddSingleton<IDefaultRoleGrantProvider, OrganizationDefaultRoleGrants>();
        services.AddScoped<IOrganizationLookup, OrganizationLookup>();
        services.AddScoped<OrganizationReach>();
        services.AddScoped<IOrganizationImportAppService, OrganizationImportAppService>();
        services.AddScoped<OrganizationManager>();
        services.AddScoped<OrganizationRuleLoader>();
        services.AddScoped<IOrganizationAppService, OrganizationAppService>();
        services.AddScoped<IOrganizationCategoryAppService, OrganizationCategoryAppService>();
        services.AddScoped<IDataSeedContributor, OrganizationCategoryDataSeedContributor>();
    }
}

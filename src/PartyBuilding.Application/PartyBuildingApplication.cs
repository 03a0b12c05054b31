using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using PartyBuilding.Activities;
using PartyBuilding.Auditing;
using PartyBuilding.BackgroundJobs;
using PartyBuilding.Demo;
using PartyBuilding.Files;
using PartyBuilding.Framework.Application.Services;
using PartyBuilding.Framework.Authorization.Permissions;
using PartyBuilding.Framework.Data.Seeding;
using PartyBuilding.Framework.Localization;
using PartyBuilding.Framework.Modularity;
using PartyBuilding.Framework.MultiTenancy;
using PartyBuilding.Framework.Timing;
using PartyBuilding.Framework.Users;
using PartyBuilding.Identity;
using PartyBuilding.Meetings;
using PartyBuilding.Members;
using PartyBuilding.ObjectMapping;
using PartyBuilding.Organizations;
using PartyBuilding.Settings;
using PartyBuilding.Spreadsheets;
using PartyBuilding.Tenancy;

namespace PartyBuilding;

/// <summary>Composes the kernel and the feature modules; the host and the DbMigrator both start here.</summary>
public static class PartyBuildingApplication
{
    /// <summary>The feature modules, in registration order. A new module is one line here.</summary>
    public static readonly IReadOnlyList<IPartyBuildingModule> Modules =
    [
        new TenancyModule(),
        new IdentityModule(),
        new AuditingModule(),
        new BackgroundJobsModule(),
        new SettingsModule(),
        new OrganizationsModule(),
        new MembersModule(),
        new FilesModule(),
        new MeetingsModule(),
        new ActivitiesModule(),
        new DemoModule(),
    ];

    public static IServiceCollection AddPartyBuildingApplication(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ICurrentTenant, CurrentTenant>();
        services.AddSingleton<ICurrentUser, CurrentUser>();
        services.AddSingleton<IPermissionDefinitionManager, PermissionDefinitionManager>();
        services.AddScoped<IPermissionChecker, PermissionChecker>();
        services.AddScoped<IDataSeeder, DataSeeder>();
        services.AddScoped<CommitteeCalendar>();
        services.AddSingleton<IObjectMapper, AutoMapperObjectMapper>();
        services.AddMemoryCache();
        services.AddSingleton<SpreadsheetImporter>();

        var localizer = new TextLocalizer(LocalizationAssemblies());
        services.AddSingleton(localizer);
        services.AddSingleton<IStringLocalizerFactory>(new TextLocalizerFactory(localizer));
        services.AddAutoMapper(cfg => cfg.LicenseKey = configuration["AutoMapper:LicenseKey"]);

        var context = new ModuleContext(services, configuration);
        foreach (var module in Modules)
        {
            module.ConfigureServices(context);
        }

        return services;
    }

    private static IEnumerable<Assembly> LocalizationAssemblies() =>
        [typeof(PartyBuildingErrorCodes).Assembly];
}

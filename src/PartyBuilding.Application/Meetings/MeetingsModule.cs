using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Framework.BackgroundJobs;
using PartyBuilding.Framework.Data.Seeding;
using PartyBuilding.Framework.Modularity;
using PartyBuilding.Identity;
using PartyBuilding.Permissions;

namespace PartyBuilding.Meetings;

/// <summary>三会一课 and the other meetings of organisational life: rules, exemptions, records, plans, compliance, calendar.</summary>
public sealed class MeetingsModule : IPartyBuildingModule
{
    public void ConfigureServices(ModuleContext context)
    {
        var services = context.Services;
        services.AddSingleton<IDefaultRoleGrantProvider, MeetingDefaultRoleGrants>();
        services.AddScoped<IDataSeedContributor, MeetingRuleDataSeedContributor>();
        services.AddSingleton<TenantPeriodicJob, MeetingPlanJob>();
        services.AddScoped<MeetingPlanService>();
        services.AddScoped<IMeetingPlanService>(sp => sp.GetRequiredService<MeetingPlanService>());
        services.AddScoped<MeetingWarnings>();
        services.AddScoped<MeetingCalendarFeed>();
        services.AddScoped<IMeetingRuleAppService, MeetingRuleAppService>();
        services.AddScoped<IMeetingAppService, MeetingAppService>();
        services.AddScoped<IMeetingPlanAppService, MeetingPlanAppService>();
    }
}

/// <summary>Officers and admins keep the committee's rules and exemptions; branch secretaries record their own meetings.</summary>
public sealed class MeetingDefaultRoleGrants : IDefaultRoleGrantProvider
{
    public IEnumerable<(string RoleName, string Permission)> GetDefaultGrants()
    {
        string[] officer =
        [
            PartyBuildingPermissions.Meetings.Default, PartyBuildingPermissions.Meetings.Record,
            PartyBuildingPermissions.Meetings.ManageRules, PartyBuildingPermissions.Meetings.ManageExemptions,
        ];
        foreach (var permission in officer)
        {
            yield return (RoleNames.CommitteeAdmin, permission);
            yield return (RoleNames.CommitteeOfficer, permission);
        }

        yield return (RoleNames.BranchSecretary, PartyBuildingPermissions.Meetings.Default);
        yield return (RoleNames.BranchSecretary, PartyBuildingPermissions.Meetings.Record);
    }
}

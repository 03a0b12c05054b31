using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Framework.BackgroundJobs;
using PartyBuilding.Framework.Modularity;

namespace PartyBuilding.Inspections;

/// <summary>
/// 日巡查, the first of the committee's feedback cycle (日巡查、月反馈、季汇总、年考核): a daily job that records what
/// is overdue, due soon or incomplete, built on the Meetings module's plans through its published contract.
/// </summary>
public sealed class InspectionsModule : IPartyBuildingModule
{
    public void ConfigureServices(ModuleContext context)
    {
        context.Services.AddSingleton<TenantPeriodicJob, DailyInspectionJob>();
        context.Services.AddScoped<DailyInspection>();
        context.Services.AddScoped<IInspectionAppService, InspectionAppService>();
    }
}

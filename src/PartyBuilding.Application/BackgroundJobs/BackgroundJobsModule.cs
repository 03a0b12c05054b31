using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Framework.Modularity;

namespace PartyBuilding.BackgroundJobs;

/// <summary>
/// The job base: registry, dispatcher, runner and ledger API. Feature modules add their jobs with
/// <c>services.AddSingleton&lt;TenantPeriodicJob, MyJob&gt;()</c>; the host wires Quartz to the dispatcher.
/// </summary>
public sealed class BackgroundJobsModule : IPartyBuildingModule
{
    public void ConfigureServices(ModuleContext context)
    {
        context.Services.AddSingleton<JobRegistry>();
        context.Services.AddSingleton<JobRunner>();
        context.Services.AddSingleton<JobDispatcher>();
        context.Services.AddScoped<IJobAppService, JobAppService>();
    }
}

using PartyBuilding.BackgroundJobs;
using PartyBuilding.EntityFrameworkCore;
using Quartz;

namespace PartyBuilding.BackgroundJobs;

public static class QuartzSetup
{
    /// <summary>
    /// One durable heartbeat job, fired at start (the catch-up) and then every minute. On PostgreSQL the ADO store
    /// is clustered, so with several nodes one of them fires each beat; on the embedded SQLite default the
    /// in-memory store suffices because the ledger alone decides what is due (docs/adr/0002).
    /// </summary>
    public static IServiceCollection AddPartyBuildingJobs(
        this IServiceCollection services, IConfiguration configuration, DatabaseOptions database)
    {
        if (!configuration.GetValue("Jobs:Enabled", true))
        {
            return services;
        }

        services.AddQuartz(quartz =>
        {
            quartz.AddJob<JobDispatchQuartzJob>(job => job.WithIdentity(JobDispatchQuartzJob.Key).StoreDurably());
            quartz.AddTrigger(trigger => trigger
                .ForJob(JobDispatchQuartzJob.Key)
                .WithIdentity("job-dispatch-heartbeat", "platform")
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(1)).RepeatForever()));

            if (database.Provider == DatabaseProvider.PostgreSql)
            {
                quartz.UsePersistentStore(store =>
                {
                    store.UsePostgres(configuration.GetConnectionString(PartyBuildingEfCoreServiceCollectionExtensions.ConnectionStringName)!);
                    store.UseClustering();
                    // Quartz owns its tables (outside our EF model and migrations) and creates them when missing.
                    store.ProvisionSchema();
                });
            }
            else
            {
                quartz.UseInMemoryStore();
            }
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return services;
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartyBuilding.Framework.BackgroundJobs;
using PartyBuilding.Framework.MultiTenancy;
using PartyBuilding.Framework.Timing;

namespace PartyBuilding.BackgroundJobs;

/// <summary>
/// Decides, from the ledger and each committee's clock, which (job, committee, period) runs are due, and runs
/// them. Called every minute and at start, it also catches up periods missed while the application was down.
/// A committee's failure is logged and recorded, and the others carry on.
/// </summary>
public sealed partial class JobDispatcher(
    JobRegistry registry,
    JobRunner runner,
    IServiceScopeFactory scopeFactory,
    ITenantStore tenantStore,
    ICurrentTenant currentTenant,
    TimeProvider timeProvider,
    ILogger<JobDispatcher> logger)
{
    public async Task DispatchAsync(CancellationToken cancellationToken)
    {
        if (registry.Jobs.Count == 0)
        {
            return;
        }

        foreach (var tenant in await tenantStore.GetActiveTenantsAsync(cancellationToken))
        {
            foreach (var job in registry.Jobs)
            {
                try
                {
                    foreach (var period in await DuePeriodsAsync(job, tenant, cancellationToken))
                    {
                        await runner.RunAsync(job, tenant, period, cancellationToken);
                    }
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    LogDispatchFailed(ex, job.Name, tenant.Code);
                }
            }
        }
    }

    /// <summary>Periods of <paramref name="job"/> due for <paramref name="tenant"/> now and not yet done (or due for retry).</summary>
    public async Task<IReadOnlyList<Period>> DuePeriodsAsync(
        TenantPeriodicJob job, TenantConfiguration tenant, CancellationToken cancellationToken)
    {
        var clock = new TenantClock(timeProvider, TenantClock.FindTimeZone(tenant.TimeZone));
        var latest = job.LatestDuePeriod(clock.LocalNow);
        var earliest = latest;
        for (var i = 1; i < job.CatchUpPeriods; i++)
        {
            earliest = earliest.Previous();
        }

        var created = clock.PeriodOf(job.PeriodKind, tenant.CreationTime);
        if (created.Start > earliest.Start)
        {
            earliest = created;
        }

        if (earliest.Start > latest.Start)
        {
            return [];
        }

        using var tenantScope = currentTenant.Change(tenant.Id, tenant.Code);
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IBackgroundJobsDbContext>();
        var earliestKey = earliest.Key;
        var ledger = await db.JobRuns.AsNoTracking()
            .Where(r => r.JobName == job.Name && string.Compare(r.PeriodKey, earliestKey) >= 0)
            .ToDictionaryAsync(r => r.PeriodKey, cancellationToken);

        var due = new List<Period>();
        for (var period = earliest; period.Start <= latest.Start; period = period.Next())
        {
            if (!ledger.TryGetValue(period.Key, out var run)
                || (run.Status == JobRunStatus.Failed && run.NextRetryAt <= clock.UtcNow))
            {
                due.Add(period);
            }
        }

        return due;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Dispatching job {JobName} for tenant {TenantCode} failed")]
    private partial void LogDispatchFailed(Exception error, string jobName, string tenantCode);
}

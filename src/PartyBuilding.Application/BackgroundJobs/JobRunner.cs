using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartyBuilding.Framework.BackgroundJobs;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Framework.MultiTenancy;
using PartyBuilding.Framework.Timing;
using PartyBuilding.Framework.Users;

namespace PartyBuilding.BackgroundJobs;

public enum JobRunOutcome
{
    Succeeded,
    AlreadySucceeded,
    Failed,
}

/// <summary>
/// Runs one job for one committee and period inside <c>CurrentTenant.Change</c>. The job's output and the
/// ledger row commit in one transaction; the row's unique key makes a concurrent second run fail and roll back,
/// so the output exists once whatever reruns, restarts or other nodes do.
/// </summary>
public sealed partial class JobRunner(
    IServiceScopeFactory scopeFactory,
    ICurrentTenant currentTenant,
    TimeProvider timeProvider,
    ILogger<JobRunner> logger)
{
    /// <summary>Waits before retries 1 to 4; after the fifth failed attempt the run gives up until triggered by hand.</summary>
    private static readonly TimeSpan[] RetryBackoff =
    [
        TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2),
    ];

    private static readonly string Node = $"{Environment.MachineName}/{Environment.ProcessId}";

    public async Task<(JobRunOutcome Outcome, JobRun? Run)> RunAsync(
        TenantPeriodicJob job, TenantConfiguration tenant, Period period, CancellationToken cancellationToken)
    {
        using var tenantScope = currentTenant.Change(tenant.Id, tenant.Code);
        // The same run whether the scheduler or a person triggered it: over the whole committee, by no one.
        using var system = SystemUser.Act();
        var clock = new TenantClock(timeProvider, TenantClock.FindTimeZone(tenant.TimeZone));
        var startedAt = clock.UtcNow;
        try
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IBackgroundJobsDbContext>();
            var run = await FindRunAsync(db, job, period, cancellationToken);
            if (run?.Status == JobRunStatus.Succeeded)
            {
                return (JobRunOutcome.AlreadySucceeded, run);
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            LogStarted(job.Name, tenant.Code, period.Key);
            await job.ExecuteAsync(new TenantJobContext(tenant, period, clock, scope.ServiceProvider), cancellationToken);
            if (run is null)
            {
                run = new JobRun(Guid.CreateVersion7(), job.Name, period.Key);
                db.JobRuns.Add(run);
            }

            run.RecordSuccess(startedAt, clock.UtcNow, Node);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            LogSucceeded(job.Name, tenant.Code, period.Key);
            return (JobRunOutcome.Succeeded, run);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return await RecordFailureAsync(job, period, startedAt, clock, ex, cancellationToken);
        }
    }

    private async Task<(JobRunOutcome, JobRun?)> RecordFailureAsync(
        TenantPeriodicJob job, Period period, DateTime startedAt, TenantClock clock, Exception error,
        CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IBackgroundJobsDbContext>();
        var run = await FindRunAsync(db, job, period, cancellationToken);
        if (run?.Status == JobRunStatus.Succeeded)
        {
            // Another node committed this period first; our attempt rolled back, which is the intended outcome.
            return (JobRunOutcome.AlreadySucceeded, run);
        }

        if (run is null)
        {
            run = new JobRun(Guid.CreateVersion7(), job.Name, period.Key);
            db.JobRuns.Add(run);
        }

        var now = clock.UtcNow;
        var nextRetry = run.Attempts < RetryBackoff.Length ? now + RetryBackoff[run.Attempts] : (DateTime?)null;
        var message = error is BusinessException business ? business.Code : $"{error.GetType().Name}: {error.Message}";
        run.RecordFailure(startedAt, now, Node, message, nextRetry);
        LogFailed(error, job.Name, currentTenant.Code, period.Key, run.Attempts);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent run wrote the row meanwhile; its record stands.
        }

        return (JobRunOutcome.Failed, run);
    }

    private static Task<JobRun?> FindRunAsync(
        IBackgroundJobsDbContext db, TenantPeriodicJob job, Period period, CancellationToken cancellationToken) =>
        db.JobRuns.FirstOrDefaultAsync(r => r.JobName == job.Name && r.PeriodKey == period.Key, cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobName} started for tenant {TenantCode}, period {PeriodKey}")]
    private partial void LogStarted(string jobName, string tenantCode, string periodKey);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobName} succeeded for tenant {TenantCode}, period {PeriodKey}")]
    private partial void LogSucceeded(string jobName, string tenantCode, string periodKey);

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {JobName} failed for tenant {TenantCode}, period {PeriodKey}, attempt {Attempt}")]
    private partial void LogFailed(Exception error, string jobName, string? tenantCode, string periodKey, int attempt);
}

using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Auditing;
using PartyBuilding.EntityFrameworkCore;
using PartyBuilding.Framework.BackgroundJobs;
using PartyBuilding.Framework.Timing;
using PartyBuilding.Testing;

namespace PartyBuilding.BackgroundJobs;

/// <summary>
/// A job whose output is one row per run, written through the run's own DbContext (so in the ledger's
/// transaction). Output rows are audit rows with the action <c>job:{name}</c> and the period key as URL.
/// </summary>
public class OutputWritingJob(string name, PeriodKind kind, TimeSpan dueAfterStart) : TenantPeriodicJob
{
    public override string Name => name;

    public override string DisplayNameKey => name;

    public override PeriodKind PeriodKind => kind;

    public override TimeSpan DueAfterPeriodStart => dueAfterStart;

    public override async Task ExecuteAsync(TenantJobContext context, CancellationToken cancellationToken)
    {
        BeforeOutput(context);
        var db = context.Services.GetRequiredService<IAuditingDbContext>();
        db.AuditLogs.Add(new AuditLog(Guid.CreateVersion7(), context.Tenant.Id, null, null, context.Clock.UtcNow)
        {
            HttpMethod = "JOB",
            Url = context.Period.Key,
            Action = $"job:{Name}",
        });
        await db.SaveChangesAsync(cancellationToken);
        AfterOutput(context);
    }

    protected virtual void BeforeOutput(TenantJobContext context)
    {
    }

    /// <summary>Runs after the output is saved but before the ledger commits: failing here must roll the output back.</summary>
    protected virtual void AfterOutput(TenantJobContext context)
    {
    }
}

/// <summary>Fails for committees whose code starts with <c>broken</c>, after writing its output.</summary>
public sealed class FlakyJob() : OutputWritingJob(Name_, PeriodKind.Day, TimeSpan.FromHours(7))
{
    public const string Name_ = "test-flaky";

    protected override void AfterOutput(TenantJobContext context)
    {
        if (context.Tenant.Code.StartsWith("broken", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("simulated failure");
        }
    }
}

/// <summary>Holds the first run until released, so a second runner races against an open transaction.</summary>
public sealed class SlowJob() : OutputWritingJob(Name_, PeriodKind.Month, TimeSpan.FromHours(8))
{
    public const string Name_ = "test-slow";

    public static readonly ConcurrentDictionary<Guid, (SemaphoreSlim Entered, SemaphoreSlim Release)> Gates = new();

    protected override void BeforeOutput(TenantJobContext context)
    {
        if (Gates.TryGetValue(context.Tenant.Id, out var gate))
        {
            gate.Entered.Release();
            gate.Release.Wait(TimeSpan.FromSeconds(30));
        }
    }
}

public static class TestJobNames
{
    public const string Daily = "test-daily";
    public const string Monthly = "test-monthly";
    public const string Quarterly = "test-quarterly";
    public const string Yearly = "test-yearly";
}

public abstract class JobsFixture : PlatformFixture
{
    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.AddSingleton<TenantPeriodicJob>(new OutputWritingJob(TestJobNames.Daily, PeriodKind.Day, TimeSpan.FromHours(7)));
        services.AddSingleton<TenantPeriodicJob>(new OutputWritingJob(TestJobNames.Monthly, PeriodKind.Month, TimeSpan.FromHours(8)));
        services.AddSingleton<TenantPeriodicJob>(new OutputWritingJob(TestJobNames.Quarterly, PeriodKind.Quarter, TimeSpan.Zero));
        services.AddSingleton<TenantPeriodicJob>(new OutputWritingJob(TestJobNames.Yearly, PeriodKind.Year, TimeSpan.Zero));
        services.AddSingleton<TenantPeriodicJob, FlakyJob>();
        services.AddSingleton<TenantPeriodicJob, SlowJob>();
    }
}

public sealed class SqliteJobsFixture : JobsFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgreSqlJobsFixture : JobsFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}

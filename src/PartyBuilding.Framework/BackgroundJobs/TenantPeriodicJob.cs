using PartyBuilding.Framework.MultiTenancy;
using PartyBuilding.Framework.Timing;

namespace PartyBuilding.Framework.BackgroundJobs;

/// <summary>
/// What a job run works on: one committee, one period, and the services of a DI scope opened for this run.
/// Whatever the job writes through that scope's DbContext commits together with the run's ledger row.
/// </summary>
public sealed record TenantJobContext(
    TenantConfiguration Tenant,
    Period Period,
    TenantClock Clock,
    IServiceProvider Services);

/// <summary>
/// A job that runs once per committee and period (day, month, quarter, year), at <see cref="DueAfterPeriodStart"/>
/// past the period's start in the committee's own time zone. The job base, not Quartz, decides what is due: it
/// reads the run ledger, so missed periods are caught up after downtime and no period runs twice.
/// </summary>
public abstract class TenantPeriodicJob
{
    /// <summary>Stable name: it keys the ledger, so renaming a job would run its periods again.</summary>
    public abstract string Name { get; }

    /// <summary>Localization key of the name shown in the console.</summary>
    public abstract string DisplayNameKey { get; }

    public abstract PeriodKind PeriodKind { get; }

    /// <summary>E.g. 7 hours for a daily job at 07:00, or 8 hours for a monthly job on the 1st at 08:00.</summary>
    public abstract TimeSpan DueAfterPeriodStart { get; }

    /// <summary>
    /// How many past periods are caught up after downtime; older ones are left alone because their output would
    /// no longer help anyone (a daily reminder from last month, say).
    /// </summary>
    public virtual int CatchUpPeriods => PeriodKind switch
    {
        PeriodKind.Day => 7,
        PeriodKind.Month => 3,
        PeriodKind.Quarter => 2,
        _ => 1,
    };

    public abstract Task ExecuteAsync(TenantJobContext context, CancellationToken cancellationToken);

    /// <summary>The latest period whose run is due at <paramref name="localNow"/>.</summary>
    public Period LatestDuePeriod(DateTime localNow) =>
        Period.Containing(PeriodKind, DateOnly.FromDateTime(localNow - DueAfterPeriodStart));

    public bool IsDue(Period period, DateTime localNow) => period.Kind == PeriodKind
        && period.Start.ToDateTime(TimeOnly.MinValue) + DueAfterPeriodStart <= localNow;
}

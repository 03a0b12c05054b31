using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Framework.BackgroundJobs;
using PartyBuilding.Framework.Timing;

namespace PartyBuilding.Inspections;

/// <summary>
/// 日巡查 (DOMAIN.md §1.1, mechanism 2): every day at 07:00 in the committee's time zone, before the working day,
/// so secretaries open the console to that morning's reminders. The job base runs it once per committee and day.
/// </summary>
public sealed class DailyInspectionJob : TenantPeriodicJob
{
    public const string JobName = "meetings.daily-inspection";

    public override string Name => JobName;

    public override string DisplayNameKey => "Job:" + JobName;

    public override PeriodKind PeriodKind => PeriodKind.Day;

    public override TimeSpan DueAfterPeriodStart => TimeSpan.FromHours(7);

    public override Task ExecuteAsync(TenantJobContext context, CancellationToken cancellationToken) =>
        context.Services.GetRequiredService<DailyInspection>().RunAsync(context.Period.Start, cancellationToken);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Framework.BackgroundJobs;
using PartyBuilding.Framework.Timing;
using PartyBuilding.Organizations;

namespace PartyBuilding.Meetings;

/// <summary>
/// At the start of each month (01:00 in the committee's zone) freezes the slots of the periods that begin that
/// month: the month itself, the quarter in January, April, July and October, the year in January. A rule
/// changed later then changes only plans not yet frozen. Slots already frozen are left as they are, so a
/// rerun adds nothing.
/// </summary>
public sealed class MeetingPlanJob : TenantPeriodicJob
{
    public const string JobName = "meetings.plan";

    public override string Name => JobName;

    public override string DisplayNameKey => "Job:meetings.plan";

    public override PeriodKind PeriodKind => PeriodKind.Month;

    public override TimeSpan DueAfterPeriodStart => TimeSpan.FromHours(1);

    public override async Task ExecuteAsync(TenantJobContext context, CancellationToken cancellationToken)
    {
        var db = context.Services.GetRequiredService<IMeetingsDbContext>();
        var lookup = context.Services.GetRequiredService<IOrganizationLookup>();
        var periods = PeriodsStarting(context.Period).ToList();
        var first = periods.Min(p => p.Start);
        var last = periods.Max(p => p.EndExclusive).AddDays(-1);

        var rules = (await db.MeetingRules.AsNoTracking().Where(r => r.IsEnabled).ToListAsync(cancellationToken))
            .Select(r => r.ToPlanRule())
            .ToList();
        var organizations = (await lookup.GetSubtreeWithinReachAsync(null, cancellationToken))
            .Where(o => (o.JoinedOn is null || o.JoinedOn <= last) && (o.LeftOn is null || o.LeftOn >= first))
            .ToList();
        var keys = periods.Select(p => p.Key).ToArray();
        var existing = (await db.MeetingPlanSlots.AsNoTracking()
                .Where(s => keys.Contains(s.PeriodKey))
                .Select(s => new { s.OrganizationId, s.PeriodKey })
                .Distinct()
                .ToListAsync(cancellationToken))
            .Select(s => (s.OrganizationId, s.PeriodKey))
            .ToHashSet();

        foreach (var organization in organizations)
        {
            foreach (var period in periods.Where(p => !existing.Contains((organization.Id, p.Key))))
            {
                db.MeetingPlanSlots.AddRange(MeetingPlanner.Requirements(organization.Type, rules, period)
                    .Select(requirement => new MeetingPlanSlot(Guid.CreateVersion7(), organization.Id, requirement)));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The month, and the quarter and year when they begin with it.</summary>
    public static IEnumerable<Period> PeriodsStarting(Period month)
    {
        yield return month;
        if (Period.Containing(PeriodKind.Quarter, month.Start).Start == month.Start)
        {
            yield return Period.Containing(PeriodKind.Quarter, month.Start);
        }

        if (month.Start.Month == 1)
        {
            yield return Period.Containing(PeriodKind.Year, month.Start);
        }
    }
}

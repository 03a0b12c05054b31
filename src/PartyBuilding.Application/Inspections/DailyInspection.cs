using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PartyBuilding.Meetings;
using PartyBuilding.Organizations;

namespace PartyBuilding.Inspections;

/// <summary>
/// The checks of one day's inspection (日巡查) over a whole committee. Findings already recorded for the day are
/// not added again, so a rerun of the same day adds nothing; the unique key on (day, kind, item) backs this up
/// when two nodes race.
/// </summary>
public sealed partial class DailyInspection(
    IInspectionsDbContext db,
    IOrganizationLookup organizations,
    IMeetingPlanService plans,
    ILogger<DailyInspection> logger)
{
    public async Task<int> RunAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var organizationIds = (await organizations.GetSubtreeWithinReachAsync(null, cancellationToken)).Select(o => o.Id).ToList();
        var found = new List<InspectionFinding>();
        // A year back catches slots still unfilled from last year's last quarter and year.
        var slots = await plans.GetSlotsAsync(organizationIds, day.AddYears(-1), day.AddDays(InspectionConsts.DueSoonDays), cancellationToken);
        foreach (var slot in slots.Where(s => s.Status is not (MeetingSlotStatus.Fulfilled or MeetingSlotStatus.Exempt)))
        {
            var kind = slot.DueOn < day ? InspectionFindingKind.Overdue : InspectionFindingKind.DueSoon;
            var itemKey = $"slot:{slot.OrganizationId:N}:{slot.MeetingType}:{slot.PeriodKey}:{slot.Sequence}";
            found.Add(new InspectionFinding(
                Guid.CreateVersion7(), day, kind, itemKey, slot.OrganizationId, slot.MeetingType, slot.PeriodKey,
                slot.DueOn, null, slot.Citation));
        }

        var incomplete = await plans.GetIncompleteMeetingsAsync(
            organizationIds, day.AddMonths(-InspectionConsts.IncompleteMeetingLookBackMonths), day, cancellationToken);
        foreach (var meeting in incomplete)
        {
            if (meeting.LacksAttendees)
            {
                found.Add(MeetingFinding(day, InspectionFindingKind.NoAttendance, meeting));
            }

            if (meeting.LacksMinutes)
            {
                found.Add(MeetingFinding(day, InspectionFindingKind.NoMinutes, meeting));
            }
        }

        var recorded = (await db.InspectionFindings.AsNoTracking()
                .Where(f => f.FoundOn == day)
                .Select(f => new { f.Kind, f.ItemKey })
                .ToListAsync(cancellationToken))
            .Select(f => (f.Kind, f.ItemKey))
            .ToHashSet();
        var added = found.Where(f => recorded.Add((f.Kind, f.ItemKey))).ToList();
        LogSaving(day, added.Count);
        db.InspectionFindings.AddRange(added);
        await db.SaveChangesAsync(cancellationToken);
        return added.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Daily inspection of {Day}: saving {Count} new findings")]
    private partial void LogSaving(DateOnly day, int count);

    private static InspectionFinding MeetingFinding(DateOnly day, InspectionFindingKind kind, IncompleteMeetingDto meeting) =>
        new(Guid.CreateVersion7(), day, kind, $"meeting:{meeting.MeetingId:N}", meeting.OrganizationId,
            meeting.Types.Count > 0 ? meeting.Types[0] : null, null, meeting.HeldOn, meeting.MeetingId, null);
}

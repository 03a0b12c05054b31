using Microsoft.EntityFrameworkCore;
using PartyBuilding.Files;
using PartyBuilding.Framework.Timing;
using PartyBuilding.Organizations;

namespace PartyBuilding.Meetings;

/// <summary>
/// Loads what the plan engine needs for a set of organisations in a fixed handful of set-based queries (rules,
/// committee terms, exemptions, frozen slots, and the (organisation, type, day) tuples of submitted meetings)
/// and lets <see cref="MeetingPlanner"/> compute in memory: the cost of a committee's year does not grow by a
/// query per organisation.
/// </summary>
public sealed class MeetingPlanService(
    IMeetingsDbContext db,
    IOrganizationLookup organizations,
    CommitteeCalendar calendar,
    IAttachmentStore attachments) : IMeetingPlanService
{
    public async Task<IReadOnlyList<MeetingSlotDto>> GetSlotsAsync(
        IReadOnlyCollection<Guid> organizationIds, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var known = await organizations.GetManyAsync(organizationIds, cancellationToken);
        return (await PlanAsync(known, from, to, cancellationToken)).Select(ToDto).ToList();
    }

    public async Task<IReadOnlyList<IncompleteMeetingDto>> GetIncompleteMeetingsAsync(
        IReadOnlyCollection<Guid> organizationIds, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var ids = organizationIds.Distinct().ToArray();
        var rows = await db.Meetings.AsNoTracking()
            .Where(m => m.Status == MeetingStatus.Submitted && ids.Contains(m.OrganizationId) && m.HeldOn >= from && m.HeldOn <= to)
            .Where(m => !m.Attendees.Any() || m.Minutes == null || m.Minutes == "")
            .OrderBy(m => m.HeldOn)
            .Select(m => new
            {
                m.Id,
                m.OrganizationId,
                m.HeldOn,
                Types = m.Types.Select(t => t.Type).ToList(),
                LacksAttendees = !m.Attendees.Any(),
                LacksMinutes = m.Minutes == null || m.Minutes == "",
            })
            .ToListAsync(cancellationToken);
        // Minutes uploaded as a file count as minutes.
        var minutesFiles = await attachments.ListByOwnersAsync(
            MeetingConsts.AttachmentOwner, rows.Where(r => r.LacksMinutes).Select(r => r.Id).ToList(), AttachmentKind.Minutes,
            cancellationToken);
        return rows
            .Select(r => new IncompleteMeetingDto(
                r.Id, r.OrganizationId, r.HeldOn, r.Types.Order().ToList(), r.LacksAttendees, r.LacksMinutes && !minutesFiles.ContainsKey(r.Id)))
            .Where(r => r.LacksAttendees || r.LacksMinutes)
            .ToList();
    }

    /// <summary>The slots of the organisations' periods whose last day lies in [from, to].</summary>
    public async Task<IReadOnlyList<PlannedSlot>> PlanAsync(
        IReadOnlyCollection<OrganizationInfo> planned, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        if (planned.Count == 0)
        {
            return [];
        }

        var ids = planned.Select(o => o.Id).ToArray();
        // Every period ending in [from, to] starts on or after the first day of from's year.
        var loadFrom = Period.Containing(PeriodKind.Year, from).Start;
        var today = await calendar.TodayAsync(cancellationToken);

        var rules = await db.MeetingRules.AsNoTracking().Where(r => r.IsEnabled).ToListAsync(cancellationToken);
        var terms = (await organizations.GetCommitteeTermsAsync(ids, loadFrom, to, cancellationToken))
            .ToLookup(t => t.OrganizationId, t => new DateSpan(t.StartsOn, t.EndsOn));
        var exemptions = await db.MeetingExemptions.AsNoTracking()
            .Where(e => ids.Contains(e.OrganizationId) && e.StartsOn <= to && e.EndsOn >= loadFrom)
            .Select(e => new PlanExemption(e.OrganizationId, e.MeetingType, e.StartsOn, e.EndsOn, e.Reason))
            .ToListAsync(cancellationToken);
        var frozen = await db.MeetingPlanSlots.AsNoTracking()
            .Where(s => ids.Contains(s.OrganizationId) && s.DueOn >= from && s.DueOn <= to)
            .ToListAsync(cancellationToken);
        var held = await (
                from meeting in db.Meetings.AsNoTracking()
                where meeting.Status == MeetingStatus.Submitted && ids.Contains(meeting.OrganizationId)
                    && meeting.HeldOn >= loadFrom && meeting.HeldOn <= to
                join type in db.MeetingTypes.AsNoTracking() on meeting.Id equals type.MeetingId
                select new { meeting.Id, meeting.OrganizationId, meeting.HeldOn, meeting.StartsAt, meeting.SpeakerIsSecretary, type.Type })
            .ToListAsync(cancellationToken);

        var input = new MeetingPlanInput(
            from,
            to,
            today,
            rules.Select(r => r.ToPlanRule()).ToList(),
            planned.Select(o => new PlanOrganization(o.Id, o.Type, o.EstablishedOn, o.JoinedOn, o.LeftOn, o.EndsOn, terms[o.Id].ToList()))
                .ToList(),
            exemptions,
            held.GroupBy(m => m.Id)
                .Select(g => new PlanMeeting(g.Key, g.First().OrganizationId, g.First().HeldOn, g.First().StartsAt,
                    g.Select(m => m.Type).ToHashSet(), g.First().SpeakerIsSecretary))
                .ToList(),
            frozen.Select(s => new FrozenSlot(s.OrganizationId, s.ToRequirement())).ToList());
        return MeetingPlanner.Plan(input);
    }

    public static MeetingSlotDto ToDto(PlannedSlot slot) => new()
    {
        OrganizationId = slot.OrganizationId,
        MeetingType = slot.Requirement.MeetingType,
        PeriodKey = slot.Requirement.Period.Key,
        Sequence = slot.Requirement.Sequence,
        DueOn = slot.Requirement.DueOn,
        RuleId = slot.Requirement.RuleId,
        Citation = slot.Requirement.Citation,
        Status = slot.Status,
        ExemptionCode = slot.ExemptionCode,
        ExemptionReason = slot.ExemptionReason,
        MeetingId = slot.MeetingId,
        MeetingHeldOn = slot.MeetingHeldOn,
    };
}

using PartyBuilding.Framework.Timing;
using PartyBuilding.Organizations;

namespace PartyBuilding.Meetings;

/// <summary>A rule as the planner needs it.</summary>
public sealed record PlanRule(
    Guid Id,
    MeetingType MeetingType,
    PeriodKind PeriodKind,
    int RequiredCount,
    IReadOnlySet<OrganizationType> AppliesTo,
    bool RequiresCommittee,
    bool RequiresSecretarySpeaker,
    string Citation);

/// <summary>One meeting owed: the <see cref="Sequence"/>-th of its type in the period, due on the period's last day.</summary>
public readonly record struct SlotRequirement(
    Guid RuleId,
    MeetingType MeetingType,
    Period Period,
    int Sequence,
    DateOnly DueOn,
    string Citation,
    bool RequiresCommittee,
    bool RequiresSecretarySpeaker);

/// <summary>Days from <see cref="Start"/> to <see cref="End"/>, both included (a committee term).</summary>
public readonly record struct DateSpan(DateOnly Start, DateOnly End)
{
    public bool Overlaps(Period period) => Start < period.EndExclusive && End >= period.Start;
}

/// <summary>An organisation with the dates that decide what it owes.</summary>
public sealed record PlanOrganization(
    Guid Id,
    OrganizationType Type,
    DateOnly? EstablishedOn,
    DateOnly? JoinedOn,
    DateOnly? LeftOn,
    DateOnly? EndsOn,
    IReadOnlyList<DateSpan> CommitteeTerms)
{
    /// <summary>The later of establishment and joining the committee: before it the organisation owes nothing.</summary>
    public DateOnly? ActiveFrom => Later(EstablishedOn, JoinedOn);

    /// <summary>The earlier of leaving the committee and the planned end of a temporary branch.</summary>
    public DateOnly? ActiveUntil => Earlier(LeftOn, EndsOn);

    private static DateOnly? Later(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static DateOnly? Earlier(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;
}

/// <summary>A stored exemption: the organisation owes nothing of the type (null: of any type) in periods inside [start, end].</summary>
public sealed record PlanExemption(Guid OrganizationId, MeetingType? MeetingType, DateOnly StartsOn, DateOnly EndsOn, string Reason)
{
    public bool Covers(Guid organizationId, MeetingType type, Period period) =>
        OrganizationId == organizationId && (MeetingType is null || MeetingType == type)
        && StartsOn <= period.Start && EndsOn >= period.EndExclusive.AddDays(-1);
}

/// <summary>A submitted meeting as the planner counts it.</summary>
public sealed record PlanMeeting(
    Guid Id, Guid OrganizationId, DateOnly HeldOn, DateTime StartsAt, IReadOnlySet<MeetingType> Types, bool SpeakerIsSecretary);

/// <summary>A slot frozen by the plan job for an organisation.</summary>
public sealed record FrozenSlot(Guid OrganizationId, SlotRequirement Requirement);

/// <summary>A slot with its state on the committee's today.</summary>
public sealed record PlannedSlot(
    Guid OrganizationId,
    SlotRequirement Requirement,
    MeetingSlotStatus Status,
    string? ExemptionCode,
    string? ExemptionReason,
    Guid? MeetingId,
    DateOnly? MeetingHeldOn);

/// <summary>What the planner works on: periods whose last day lies in [<see cref="From"/>, <see cref="To"/>].</summary>
public sealed record MeetingPlanInput(
    DateOnly From,
    DateOnly To,
    DateOnly Today,
    IReadOnlyList<PlanRule> Rules,
    IReadOnlyList<PlanOrganization> Organizations,
    IReadOnlyList<PlanExemption> Exemptions,
    IReadOnlyList<PlanMeeting> Meetings,
    IReadOnlyList<FrozenSlot> FrozenSlots);

/// <summary>
/// The plan engine of DOMAIN.md §2.2: which meetings each organisation owes per calendar period, which of them
/// are exempt (formed or left mid-period, or exempted by an officer) and which the submitted meetings fill. Pure:
/// the callers load everything in a few set-based queries and the engine computes in memory, so a committee's
/// whole year costs the same handful of queries whatever the number of organisations.
/// </summary>
public static class MeetingPlanner
{
    public static readonly PeriodKind[] RuleKinds = [PeriodKind.Month, PeriodKind.Quarter, PeriodKind.Year];

    /// <summary>The periods of a kind whose last day lies in [from, to].</summary>
    public static IEnumerable<Period> PeriodsEndingIn(PeriodKind kind, DateOnly from, DateOnly to)
    {
        for (var period = Period.Containing(kind, from); period.Start <= to; period = period.Next())
        {
            var last = period.EndExclusive.AddDays(-1);
            if (last >= from && last <= to)
            {
                yield return period;
            }
        }
    }

    /// <summary>What the rules require of an organisation type in a period, before its dates and exemptions are considered.</summary>
    public static IEnumerable<SlotRequirement> Requirements(OrganizationType type, IEnumerable<PlanRule> rules, Period period) =>
        rules.Where(r => r.PeriodKind == period.Kind && r.AppliesTo.Contains(type))
            .OrderBy(r => r.MeetingType).ThenBy(r => r.Id)
            .SelectMany(r => Enumerable.Range(1, r.RequiredCount).Select(sequence => new SlotRequirement(
                r.Id, r.MeetingType, period, sequence, period.EndExclusive.AddDays(-1), r.Citation,
                r.RequiresCommittee, r.RequiresSecretarySpeaker)));

    public static IReadOnlyList<PlannedSlot> Plan(MeetingPlanInput input)
    {
        var frozen = input.FrozenSlots
            .GroupBy(f => (f.OrganizationId, f.Requirement.Period))
            .ToDictionary(g => g.Key, g => g.Select(f => f.Requirement).ToList());
        var exemptions = input.Exemptions.ToLookup(e => e.OrganizationId);
        var meetings = input.Meetings.ToLookup(m => m.OrganizationId);
        var periods = RuleKinds.SelectMany(kind => PeriodsEndingIn(kind, input.From, input.To)).ToList();

        var slots = new List<PlannedSlot>();
        foreach (var organization in input.Organizations)
        {
            var owed = new List<SlotRequirement>();
            foreach (var period in periods)
            {
                var requirements = frozen.TryGetValue((organization.Id, period), out var stored)
                    ? stored
                    : Requirements(organization.Type, input.Rules, period);
                owed.AddRange(requirements.Where(r => IsOwed(organization, r)));
            }

            slots.AddRange(Fill(organization, owed, exemptions[organization.Id].ToList(), meetings[organization.Id], input.Today));
        }

        return slots;
    }

    /// <summary>
    /// Whether the organisation belongs to the committee during the period at all (otherwise the period is none of
    /// its business, not even as an exemption) and, for committee meetings, has a committee term running in it.
    /// </summary>
    private static bool IsOwed(PlanOrganization organization, SlotRequirement requirement)
    {
        var period = requirement.Period;
        if (organization.ActiveFrom >= period.EndExclusive || organization.ActiveUntil < period.Start)
        {
            return false;
        }

        return !requirement.RequiresCommittee || organization.CommitteeTerms.Any(t => t.Overlaps(period));
    }

    private static IEnumerable<PlannedSlot> Fill(
        PlanOrganization organization,
        List<SlotRequirement> owed,
        List<PlanExemption> exemptions,
        IEnumerable<PlanMeeting> organizationMeetings,
        DateOnly today)
    {
        var held = organizationMeetings.OrderBy(m => m.HeldOn).ThenBy(m => m.StartsAt).ThenBy(m => m.Id).ToList();
        var used = new HashSet<(Guid MeetingId, MeetingType Type)>();
        foreach (var requirement in owed
                     .OrderBy(r => r.Period.Start).ThenBy(r => r.Period.Kind).ThenBy(r => r.MeetingType).ThenBy(r => r.Sequence))
        {
            var period = requirement.Period;
            if (AutomaticExemption(organization, period) is { } code)
            {
                yield return new PlannedSlot(organization.Id, requirement, MeetingSlotStatus.Exempt, code, code, null, null);
                continue;
            }

            if (exemptions.FirstOrDefault(e => e.Covers(organization.Id, requirement.MeetingType, period)) is { } exemption)
            {
                yield return new PlannedSlot(
                    organization.Id, requirement, MeetingSlotStatus.Exempt, MeetingExemptionReasons.Exempted, exemption.Reason, null, null);
                continue;
            }

            // Date order within the period; a meeting counts once per type it was held as.
            var meeting = held.FirstOrDefault(m => m.HeldOn >= period.Start && m.HeldOn < period.EndExclusive
                && m.Types.Contains(requirement.MeetingType)
                && (!requirement.RequiresSecretarySpeaker || m.SpeakerIsSecretary)
                && !used.Contains((m.Id, requirement.MeetingType)));
            if (meeting is not null)
            {
                used.Add((meeting.Id, requirement.MeetingType));
                yield return new PlannedSlot(organization.Id, requirement, MeetingSlotStatus.Fulfilled, null, null, meeting.Id, meeting.HeldOn);
                continue;
            }

            var status = requirement.DueOn < today ? MeetingSlotStatus.Overdue : MeetingSlotStatus.Open;
            yield return new PlannedSlot(organization.Id, requirement, status, null, null, null, null);
        }
    }

    /// <summary>An organisation formed after a period's first day, or gone before its last day, owes nothing for it.</summary>
    private static string? AutomaticExemption(PlanOrganization organization, Period period)
    {
        if (organization.ActiveFrom > period.Start)
        {
            return MeetingExemptionReasons.FormedMidPeriod;
        }

        return organization.ActiveUntil < period.EndExclusive.AddDays(-1) ? MeetingExemptionReasons.LeftMidPeriod : null;
    }
}

using PartyBuilding.Framework.Timing;
using PartyBuilding.Organizations;
using Shouldly;
using Xunit;

namespace PartyBuilding.Meetings;

/// <summary>The plan engine on its own: what each rule requires over a year, exemptions, and how meetings fill slots.</summary>
public sealed class MeetingPlannerTests
{
    private static readonly DateOnly YearStart = new(2026, 1, 1);
    private static readonly DateOnly YearEnd = new(2026, 12, 31);
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static readonly IReadOnlyList<PlanRule> Defaults = MeetingRuleDefaults.Create()
        .Select(r => r.ToPlanRule())
        .ToList();

    private static PlanOrganization Organization(
        OrganizationType type, DateOnly? joinedOn = null, DateOnly? leftOn = null, params DateSpan[] terms) =>
        new(Guid.NewGuid(), type, new DateOnly(2010, 1, 1), joinedOn, leftOn, null, terms);

    private static PlanMeeting Held(PlanOrganization organization, DateOnly on, bool speakerIsSecretary = false, params MeetingType[] types) =>
        new(Guid.NewGuid(), organization.Id, on, on.ToDateTime(new TimeOnly(9, 0)), types.ToHashSet(), speakerIsSecretary);

    private static IReadOnlyList<PlannedSlot> Plan(
        IReadOnlyList<PlanOrganization> organizations,
        IReadOnlyList<PlanMeeting>? meetings = null,
        IReadOnlyList<PlanExemption>? exemptions = null,
        IReadOnlyList<PlanRule>? rules = null,
        IReadOnlyList<FrozenSlot>? frozen = null) =>
        MeetingPlanner.Plan(new MeetingPlanInput(
            YearStart, YearEnd, Today, rules ?? Defaults, organizations, exemptions ?? [], meetings ?? [], frozen ?? []));

    private static int Count(IEnumerable<PlannedSlot> slots, MeetingType type) => slots.Count(s => s.Requirement.MeetingType == type);

    [Fact]
    public void Should_require_each_default_meeting_as_often_as_its_rule_says_When_a_branch_is_planned_for_a_whole_year()
    {
        // The committee term starts in April: the 支委会 is owed only in the months it runs.
        var branch = Organization(OrganizationType.Branch, terms: new DateSpan(new DateOnly(2026, 4, 1), new DateOnly(2029, 3, 31)));
        var group = Organization(OrganizationType.PartyGroup);
        var committee = Organization(OrganizationType.PartyCommittee);

        var slots = Plan([branch, group, committee]);

        var ofBranch = slots.Where(s => s.OrganizationId == branch.Id).ToList();
        Count(ofBranch, MeetingType.PartyMemberAssembly).ShouldBe(4);
        Count(ofBranch, MeetingType.BranchCommittee).ShouldBe(9);
        ofBranch.Where(s => s.Requirement.MeetingType == MeetingType.BranchCommittee).Select(s => s.Requirement.Period.Key)
            .ShouldBe(Enumerable.Range(4, 9).Select(m => $"2026-{m:D2}"));
        Count(ofBranch, MeetingType.PartyLesson).ShouldBe(4);
        Count(ofBranch, MeetingType.ThemedPartyDay).ShouldBe(12);
        Count(ofBranch, MeetingType.OrganizationalLife).ShouldBe(1);
        Count(ofBranch, MeetingType.DemocraticAppraisal).ShouldBe(1);
        Count(ofBranch, MeetingType.PartyGroup).ShouldBe(0);

        var ofGroup = slots.Where(s => s.OrganizationId == group.Id).ToList();
        ofGroup.Count.ShouldBe(12);
        ofGroup.ShouldAllBe(s => s.Requirement.MeetingType == MeetingType.PartyGroup);

        var ofCommittee = slots.Where(s => s.OrganizationId == committee.Id).ToList();
        ofCommittee.Single().Requirement.MeetingType.ShouldBe(MeetingType.PartyLesson);
        ofCommittee.Single().Requirement.RequiresSecretarySpeaker.ShouldBeTrue();
        ofCommittee.Single().Requirement.DueOn.ShouldBe(YearEnd);
    }

    [Fact]
    public void Should_owe_no_committee_meetings_When_the_branch_has_no_committee_term()
    {
        var slots = Plan([Organization(OrganizationType.Branch)]);

        Count(slots, MeetingType.BranchCommittee).ShouldBe(0);
        Count(slots, MeetingType.ThemedPartyDay).ShouldBe(12);
    }

    [Fact]
    public void Should_fill_one_slot_of_each_type_When_a_themed_party_day_is_held_as_an_assembly()
    {
        var branch = Organization(OrganizationType.Branch);
        var combined = Held(branch, new DateOnly(2026, 2, 10), false, MeetingType.ThemedPartyDay, MeetingType.PartyMemberAssembly);

        var slots = Plan([branch], [combined]);

        var february = slots.Single(s => s.Requirement.MeetingType == MeetingType.ThemedPartyDay && s.Requirement.Period.Key == "2026-02");
        february.Status.ShouldBe(MeetingSlotStatus.Fulfilled);
        february.MeetingId.ShouldBe(combined.Id);
        var q1 = slots.Single(s => s.Requirement.MeetingType == MeetingType.PartyMemberAssembly && s.Requirement.Period.Key == "2026-Q1");
        q1.Status.ShouldBe(MeetingSlotStatus.Fulfilled);
        q1.MeetingId.ShouldBe(combined.Id);
        slots.Where(s => s.MeetingId == combined.Id).Count().ShouldBe(2);
    }

    [Fact]
    public void Should_fill_the_slots_of_a_period_in_date_order_and_each_at_most_once_When_a_rule_requires_two()
    {
        var branch = Organization(OrganizationType.Branch);
        var twice = Defaults.Where(r => r.MeetingType == MeetingType.ThemedPartyDay).Select(r => r with { RequiredCount = 2 }).ToList();
        var later = Held(branch, new DateOnly(2026, 3, 20), false, MeetingType.ThemedPartyDay);
        var earlier = Held(branch, new DateOnly(2026, 3, 5), false, MeetingType.ThemedPartyDay);
        var april = Held(branch, new DateOnly(2026, 4, 2), false, MeetingType.ThemedPartyDay);

        var march = Plan([branch], [later, earlier, april], rules: twice)
            .Where(s => s.Requirement.Period.Key == "2026-03").OrderBy(s => s.Requirement.Sequence).ToList();

        march.Select(s => s.MeetingId).ShouldBe([earlier.Id, later.Id]);

        var aprilSlots = Plan([branch], [april], rules: twice).Where(s => s.Requirement.Period.Key == "2026-04").ToList();
        aprilSlots.Count(s => s.Status == MeetingSlotStatus.Fulfilled).ShouldBe(1);
        aprilSlots.Count(s => s.Status == MeetingSlotStatus.Open).ShouldBe(0);
        aprilSlots.Count(s => s.Status == MeetingSlotStatus.Overdue).ShouldBe(1);
    }

    [Fact]
    public void Should_owe_nothing_for_the_quarter_and_month_it_joined_and_left_in_When_a_branch_joins_or_leaves_mid_period()
    {
        var joined = Organization(OrganizationType.Branch, joinedOn: new DateOnly(2026, 5, 15));
        var left = Organization(OrganizationType.Branch, leftOn: new DateOnly(2026, 8, 10));

        var slots = Plan([joined, left]);

        var ofJoined = slots.Where(s => s.OrganizationId == joined.Id).ToList();
        ofJoined.ShouldNotContain(s => s.Requirement.Period.Key == "2026-04" || s.Requirement.Period.Key == "2026-Q1");
        ofJoined.Single(s => s.Requirement.Period.Key == "2026-Q2" && s.Requirement.MeetingType == MeetingType.PartyMemberAssembly)
            .ShouldSatisfyAllConditions(
                s => s.Status.ShouldBe(MeetingSlotStatus.Exempt),
                s => s.ExemptionCode.ShouldBe(MeetingExemptionReasons.FormedMidPeriod));
        ofJoined.Single(s => s.Requirement.Period.Key == "2026-05").Status.ShouldBe(MeetingSlotStatus.Exempt);
        ofJoined.Single(s => s.Requirement.Period.Key == "2026-06").Status.ShouldBe(MeetingSlotStatus.Overdue);
        // The year began before it joined: the yearly duties are exempt too.
        ofJoined.Single(s => s.Requirement.MeetingType == MeetingType.OrganizationalLife).Status.ShouldBe(MeetingSlotStatus.Exempt);

        var ofLeft = slots.Where(s => s.OrganizationId == left.Id).ToList();
        ofLeft.Single(s => s.Requirement.Period.Key == "2026-08").ExemptionCode.ShouldBe(MeetingExemptionReasons.LeftMidPeriod);
        ofLeft.Single(s => s.Requirement.Period.Key == "2026-Q3" && s.Requirement.MeetingType == MeetingType.PartyLesson)
            .ExemptionCode.ShouldBe(MeetingExemptionReasons.LeftMidPeriod);
        ofLeft.ShouldNotContain(s => s.Requirement.Period.Key == "2026-09" || s.Requirement.Period.Key == "2026-Q4");
        ofLeft.Single(s => s.Requirement.Period.Key == "2026-07").Status.ShouldBe(MeetingSlotStatus.Overdue);
    }

    [Fact]
    public void Should_mark_the_covered_slots_exempt_with_the_officers_reason_When_an_exemption_is_stored()
    {
        var branch = Organization(OrganizationType.Branch);
        var exemption = new PlanExemption(branch.Id, MeetingType.PartyMemberAssembly, new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30), "上级批准不召开");
        var everything = new PlanExemption(branch.Id, null, new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 30), "整顿");

        var slots = Plan([branch], exemptions: [exemption, everything]);

        var q2 = slots.Single(s => s.Requirement.Period.Key == "2026-Q2" && s.Requirement.MeetingType == MeetingType.PartyMemberAssembly);
        q2.Status.ShouldBe(MeetingSlotStatus.Exempt);
        q2.ExemptionCode.ShouldBe(MeetingExemptionReasons.Exempted);
        q2.ExemptionReason.ShouldBe("上级批准不召开");
        slots.Single(s => s.Requirement.Period.Key == "2026-Q2" && s.Requirement.MeetingType == MeetingType.PartyLesson)
            .Status.ShouldBe(MeetingSlotStatus.Overdue);
        slots.Single(s => s.Requirement.Period.Key == "2026-09").ExemptionReason.ShouldBe("整顿");
        // A month's exemption does not cover its quarter.
        slots.Single(s => s.Requirement.Period.Key == "2026-Q3" && s.Requirement.MeetingType == MeetingType.PartyLesson)
            .Status.ShouldBe(MeetingSlotStatus.Overdue);
    }

    [Fact]
    public void Should_count_only_the_secretarys_lessons_When_the_rule_requires_the_secretary_as_speaker()
    {
        var committee = Organization(OrganizationType.PartyCommittee);

        var byOther = Plan([committee], [Held(committee, new DateOnly(2026, 6, 1), false, MeetingType.PartyLesson)]).Single();
        var bySecretary = Plan([committee], [Held(committee, new DateOnly(2026, 6, 1), true, MeetingType.PartyLesson)]).Single();

        byOther.Status.ShouldBe(MeetingSlotStatus.Open);
        bySecretary.Status.ShouldBe(MeetingSlotStatus.Fulfilled);
    }

    [Fact]
    public void Should_use_the_frozen_slots_instead_of_the_current_rules_When_the_period_was_frozen()
    {
        var branch = Organization(OrganizationType.Branch);
        var rule = Defaults.Single(r => r.MeetingType == MeetingType.ThemedPartyDay);
        var january = new Period(PeriodKind.Month, YearStart);
        var frozen = MeetingPlanner.Requirements(OrganizationType.Branch, [rule], january).Select(r => new FrozenSlot(branch.Id, r)).ToList();
        var changed = Defaults.Select(r => r.MeetingType == MeetingType.ThemedPartyDay ? r with { RequiredCount = 3 } : r).ToList();

        var slots = Plan([branch], rules: changed, frozen: frozen).Where(s => s.Requirement.MeetingType == MeetingType.ThemedPartyDay).ToList();

        slots.Count(s => s.Requirement.Period == january).ShouldBe(1);
        slots.Count(s => s.Requirement.Period.Key == "2026-02").ShouldBe(3);
    }

    [Fact]
    public void Should_be_open_until_the_last_day_and_overdue_after_When_nothing_fills_the_slot()
    {
        var branch = Organization(OrganizationType.Branch);

        var slots = Plan([branch]).Where(s => s.Requirement.MeetingType == MeetingType.ThemedPartyDay).ToList();

        slots.Single(s => s.Requirement.Period.Key == "2026-10").Status.ShouldBe(MeetingSlotStatus.Overdue);
        slots.Single(s => s.Requirement.Period.Key == "2026-11").Status.ShouldBe(MeetingSlotStatus.Open);
        slots.Single(s => s.Requirement.Period.Key == "2026-11").Requirement.DueOn.ShouldBe(new DateOnly(2026, 11, 30));
    }
}

using PartyBuilding.Framework.ExceptionHandling;
using Shouldly;
using Xunit;

namespace PartyBuilding.Members;

/// <summary>The pipeline's rules at their boundaries: the day before a timer ends is refused, the day it ends allowed.</summary>
public sealed class MemberDevelopmentPolicyTests
{
    private const int ActivistAfterMonths = 6;
    private static readonly DateOnly Today = new(2030, 1, 1);
    private readonly MemberDevelopmentPolicy _policy = new(ActivistAfterMonths);

    private static Member Person(MemberStage stage, DateOnly? birthDate = null)
    {
        var member = new Member(Guid.NewGuid(), Guid.NewGuid(), "张三", stage) { BirthDate = birthDate ?? new DateOnly(1990, 5, 1) };
        member.AppliedOn = new DateOnly(2026, 3, 31);
        if (stage >= MemberStage.Activist)
        {
            member.ActivistOn = new DateOnly(2026, 10, 1);
        }

        if (stage >= MemberStage.Candidate)
        {
            member.CandidateOn = new DateOnly(2027, 10, 1);
        }

        if (stage >= MemberStage.Probationary)
        {
            member.AdmittedOn = new DateOnly(2028, 2, 29);
            member.ProbationEndsOn = new DateOnly(2029, 2, 28);
        }

        return member;
    }

    private static DevelopmentStep Step(DevelopmentAction action, DateOnly on, int? months = null) =>
        new(action, on, "第一支部委员会", on, "按程序", months);

    private static BusinessException Refused(Action act) => Should.Throw<BusinessException>(act);

    [Fact]
    public void Should_refuse_an_activist_the_day_before_the_setting_allows_it_and_cite_the_rule()
    {
        var member = Person(MemberStage.Applicant);

        var refusal = Refused(() => _policy.Apply(member, Step(DevelopmentAction.BecomeActivist, new DateOnly(2026, 9, 29)), Today));

        refusal.Code.ShouldBe(PartyBuildingErrorCodes.Members.StepTooEarly);
        refusal.Arguments.ShouldBe(["Development:Action:BecomeActivist", "2026-09-30", DevelopmentRules.ApplicationToActivist]);
        member.Stage.ShouldBe(MemberStage.Applicant);
    }

    [Fact]
    public void Should_make_an_activist_on_the_day_the_setting_allows_it_with_a_stage_history_entry()
    {
        var member = Person(MemberStage.Applicant);

        var history = _policy.Apply(member, Step(DevelopmentAction.BecomeActivist, new DateOnly(2026, 9, 30)), Today);

        member.Stage.ShouldBe(MemberStage.Activist);
        member.ActivistOn.ShouldBe(new DateOnly(2026, 9, 30));
        var entry = history.ShouldHaveSingleItem();
        (entry.Kind, entry.FromValue, entry.ToValue).ShouldBe((MemberHistoryKind.StageChanged, "Applicant", "Activist"));
        (entry.DecidingMeeting, entry.DecidingMeetingOn, entry.Reason).ShouldBe(("第一支部委员会", new DateOnly(2026, 9, 30), "按程序"));
    }

    [Fact]
    public void Should_follow_the_committee_setting_for_the_activist_interval()
    {
        var member = Person(MemberStage.Applicant);

        new MemberDevelopmentPolicy(0).Apply(member, Step(DevelopmentAction.BecomeActivist, new DateOnly(2026, 3, 31)), Today);

        member.Stage.ShouldBe(MemberStage.Activist);
    }

    [Theory]
    [InlineData("2027-09-30", false)]
    [InlineData("2027-10-01", true)]
    public void Should_allow_a_candidate_only_after_a_year_as_activist_by_article_13(string on, bool allowed)
    {
        var member = Person(MemberStage.Activist);
        var step = Step(DevelopmentAction.BecomeCandidate, DateOnly.Parse(on));

        if (allowed)
        {
            _policy.Apply(member, step, Today);
            member.Stage.ShouldBe(MemberStage.Candidate);
        }
        else
        {
            var refusal = Refused(() => _policy.Apply(member, step, Today));
            refusal.Code.ShouldBe(PartyBuildingErrorCodes.Members.StepTooEarly);
            refusal.Arguments.ShouldBe(["Development:Action:BecomeCandidate", "2027-10-01", DevelopmentRules.ActivistToCandidate]);
        }
    }

    [Fact]
    public void Should_admit_with_a_year_of_probation_and_record_stage_and_category()
    {
        var member = Person(MemberStage.Candidate);

        var history = _policy.Apply(member, Step(DevelopmentAction.Admit, new DateOnly(2028, 2, 29)), Today);

        member.Stage.ShouldBe(MemberStage.Probationary);
        member.AdmittedOn.ShouldBe(new DateOnly(2028, 2, 29));
        member.ProbationEndsOn.ShouldBe(new DateOnly(2029, 2, 28));
        history.Select(h => (h.Kind, h.FromValue, h.ToValue)).ShouldBe(
        [
            (MemberHistoryKind.StageChanged, "Candidate", "Probationary"),
            (MemberHistoryKind.CategoryChanged, null, "Probationary"),
        ]);
    }

    [Fact]
    public void Should_refuse_full_membership_before_probation_ends_by_article_7_and_allow_it_on_the_day()
    {
        var member = Person(MemberStage.Probationary);

        var refusal = Refused(() => _policy.Apply(member, Step(DevelopmentAction.ConfirmFull, new DateOnly(2029, 2, 27)), Today));
        refusal.Arguments.ShouldBe(["Development:Action:ConfirmFull", "2029-02-28", DevelopmentRules.Probation]);

        var history = _policy.Apply(member, Step(DevelopmentAction.ConfirmFull, new DateOnly(2029, 2, 28)), Today);
        member.Stage.ShouldBe(MemberStage.Full);
        member.FullMembershipOn.ShouldBe(new DateOnly(2029, 2, 28));
        history.Select(h => (h.Kind, h.ToValue)).ShouldBe([(MemberHistoryKind.StageChanged, "Full"), (MemberHistoryKind.CategoryChanged, "Full")]);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(13)]
    [InlineData(null)]
    public void Should_refuse_an_extension_outside_6_to_12_months(int? months)
    {
        var refusal = Refused(() => _policy.Apply(
            Person(MemberStage.Probationary), Step(DevelopmentAction.ExtendProbation, new DateOnly(2029, 2, 28), months), Today));

        refusal.Code.ShouldBe(PartyBuildingErrorCodes.Members.ExtensionOutOfRange);
        refusal.Arguments.ShouldBe([6, 12]);
    }

    [Theory]
    [InlineData(6, "2029-08-28")]
    [InlineData(12, "2030-02-28")]
    public void Should_extend_probation_once_and_move_its_end(int months, string endsOn)
    {
        var member = Person(MemberStage.Probationary);

        var history = _policy.Apply(member, Step(DevelopmentAction.ExtendProbation, new DateOnly(2029, 2, 28), months), Today);

        member.ProbationEndsOn.ShouldBe(DateOnly.Parse(endsOn));
        member.ProbationExtended.ShouldBeTrue();
        member.Stage.ShouldBe(MemberStage.Probationary);
        var entry = history.ShouldHaveSingleItem();
        (entry.Kind, entry.FromValue, entry.ToValue).ShouldBe((MemberHistoryKind.ProbationExtended, "2029-02-28", endsOn));
        Refused(() => _policy.Apply(member, Step(DevelopmentAction.ExtendProbation, new DateOnly(2029, 3, 1), 6), Today))
            .Code.ShouldBe(PartyBuildingErrorCodes.Members.ProbationAlreadyExtended);
    }

    [Fact]
    public void Should_cancel_probation_as_a_status_change_and_allow_nothing_after()
    {
        var member = Person(MemberStage.Probationary);

        var history = _policy.Apply(member, Step(DevelopmentAction.CancelProbation, new DateOnly(2029, 2, 28)), Today);

        member.Status.ShouldBe(MemberStatus.ProbationCancelled);
        var entry = history.ShouldHaveSingleItem();
        (entry.Kind, entry.FromValue, entry.ToValue).ShouldBe((MemberHistoryKind.StatusChanged, "Active", "ProbationCancelled"));
        var refusal = Refused(() => _policy.Apply(member, Step(DevelopmentAction.ConfirmFull, new DateOnly(2029, 3, 1)), Today));
        refusal.Code.ShouldBe(PartyBuildingErrorCodes.Members.StageTransitionNotAllowed);
        refusal.Arguments.ShouldBe(["Development:Status:ProbationCancelled", "Development:Action:ConfirmFull"]);
    }

    [Theory]
    [InlineData(MemberStage.Applicant, DevelopmentAction.Admit)]
    [InlineData(MemberStage.Applicant, DevelopmentAction.BecomeCandidate)]
    [InlineData(MemberStage.Activist, DevelopmentAction.BecomeActivist)]
    [InlineData(MemberStage.Candidate, DevelopmentAction.ConfirmFull)]
    [InlineData(MemberStage.Activist, DevelopmentAction.RecordTalk)]
    [InlineData(MemberStage.Full, DevelopmentAction.ExtendProbation)]
    [InlineData(MemberStage.Full, DevelopmentAction.CancelProbation)]
    public void Should_refuse_a_step_out_of_order(MemberStage stage, DevelopmentAction action)
    {
        var refusal = Refused(() => _policy.Apply(Person(stage), Step(action, Today, 6), Today));

        refusal.Code.ShouldBe(PartyBuildingErrorCodes.Members.StageTransitionNotAllowed);
        refusal.Arguments.ShouldBe([$"Development:Stage:{stage}", $"Development:Action:{action}"]);
    }

    [Theory]
    [InlineData("2008-03-31", true)]
    [InlineData("2008-04-01", false)]
    public void Should_require_an_applicant_to_be_18_on_the_day_of_the_application(string birthDate, bool allowed)
    {
        var member = Person(MemberStage.Applicant, DateOnly.Parse(birthDate));
        var step = Step(DevelopmentAction.RecordTalk, new DateOnly(2026, 4, 10));

        if (allowed)
        {
            _policy.Apply(member, step, Today).ShouldBeEmpty();
            member.TalkedOn.ShouldBe(new DateOnly(2026, 4, 10));
        }
        else
        {
            var refusal = Refused(() => _policy.Apply(member, step, Today));
            refusal.Code.ShouldBe(PartyBuildingErrorCodes.Members.TooYoung);
            refusal.Arguments.ShouldBe([17]);
        }
    }

    [Fact]
    public void Should_refuse_a_second_talk()
    {
        var member = Person(MemberStage.Applicant);
        _policy.Apply(member, Step(DevelopmentAction.RecordTalk, new DateOnly(2026, 4, 10)), Today);

        Refused(() => _policy.Apply(member, Step(DevelopmentAction.RecordTalk, new DateOnly(2026, 4, 11)), Today))
            .Code.ShouldBe(PartyBuildingErrorCodes.Members.StageTransitionNotAllowed);
    }

    [Theory]
    [InlineData(DevelopmentAction.BecomeActivist, MemberStage.Applicant, "Development:Meeting:BranchCommittee")]
    [InlineData(DevelopmentAction.BecomeCandidate, MemberStage.Activist, "Development:Meeting:BranchCommittee")]
    [InlineData(DevelopmentAction.Admit, MemberStage.Candidate, "Development:Meeting:BranchGeneralMeeting")]
    [InlineData(DevelopmentAction.ConfirmFull, MemberStage.Probationary, "Development:Meeting:BranchGeneralMeeting")]
    [InlineData(DevelopmentAction.CancelProbation, MemberStage.Probationary, "Development:Meeting:BranchGeneralMeeting")]
    public void Should_require_the_deciding_meeting_and_its_date(DevelopmentAction action, MemberStage stage, string body)
    {
        var withoutDate = new DevelopmentStep(action, Today, "支部大会", null);
        var withoutName = new DevelopmentStep(action, Today, " ", Today);

        foreach (var step in new[] { withoutDate, withoutName })
        {
            var refusal = Refused(() => _policy.Apply(Person(stage), step, Today));
            refusal.Code.ShouldBe(DevelopmentErrorCodes.DecidingMeetingRequired);
            refusal.Arguments.ShouldBe([$"Development:Action:{action}", body]);
        }
    }

    [Fact]
    public void Should_refuse_a_step_dated_after_the_committees_today()
    {
        var refusal = Refused(() => _policy.Apply(Person(MemberStage.Probationary), Step(DevelopmentAction.ConfirmFull, Today.AddDays(1)), Today));

        refusal.Code.ShouldBe(DevelopmentErrorCodes.DateInFuture);
        refusal.Arguments.ShouldBe(["Development:Field:EffectiveOn", "2030-01-01"]);
    }

    [Fact]
    public void Should_refuse_a_talk_dated_before_the_application()
    {
        var refusal = Refused(() => _policy.Apply(Person(MemberStage.Applicant), Step(DevelopmentAction.RecordTalk, new DateOnly(2026, 3, 30)), Today));

        refusal.Code.ShouldBe(PartyBuildingErrorCodes.Members.StepTooEarly);
        refusal.Arguments.ShouldBe(["Development:Action:RecordTalk", "2026-03-31", DevelopmentRules.Sequence]);
    }

    [Theory]
    [InlineData("2026-04-29", false)]
    [InlineData("2026-04-30", false)]
    [InlineData("2026-05-01", true)]
    public void Should_list_a_talk_as_due_a_month_after_the_application_and_overdue_after_that(string today, bool overdue)
    {
        var item = _policy.DueItems(Person(MemberStage.Applicant), DateOnly.Parse(today), 30).ShouldHaveSingleItem();

        (item.Kind, item.DueOn, item.Overdue).ShouldBe((DueKind.TalkDue, new DateOnly(2026, 4, 30), overdue));
    }

    [Fact]
    public void Should_list_activist_eligibility_once_the_interval_has_passed()
    {
        var member = Person(MemberStage.Applicant);
        member.TalkedOn = new DateOnly(2026, 4, 1);

        _policy.DueItems(member, new DateOnly(2026, 9, 29), 30).ShouldBeEmpty();
        _policy.DueItems(member, new DateOnly(2026, 9, 30), 30).ShouldHaveSingleItem()
            .ShouldBe(new DueItem(DueKind.ActivistEligible, new DateOnly(2026, 9, 30), false, DevelopmentRules.ApplicationToActivist));
    }

    [Fact]
    public void Should_list_candidate_eligibility_a_year_after_becoming_activist()
    {
        _policy.DueItems(Person(MemberStage.Activist), new DateOnly(2027, 9, 30), 30).ShouldBeEmpty();
        _policy.DueItems(Person(MemberStage.Activist), new DateOnly(2027, 10, 1), 30).ShouldHaveSingleItem().Kind
            .ShouldBe(DueKind.CandidateEligible);
    }

    [Theory]
    [InlineData("2029-01-28", null)]
    [InlineData("2029-01-29", DueKind.ProbationEnding)]
    [InlineData("2029-02-28", DueKind.ProbationEnding)]
    [InlineData("2029-03-01", DueKind.FullMembershipOverdue)]
    public void Should_warn_of_probation_ending_within_30_days_and_flag_it_overdue_after(string today, DueKind? kind)
    {
        var items = _policy.DueItems(Person(MemberStage.Probationary), DateOnly.Parse(today), MemberConsts.ProbationEndingWarningDays).ToList();

        items.Select(i => (DueKind?)i.Kind).ShouldBe(kind is null ? [] : [kind]);
        items.ShouldAllBe(i => i.Overdue == (i.Kind == DueKind.FullMembershipOverdue) && i.DueOn == new DateOnly(2029, 2, 28));
    }

    [Fact]
    public void Should_list_nothing_for_records_that_are_not_active()
    {
        var member = Person(MemberStage.Probationary);
        member.SetStatus(MemberStatus.TransferredOut);

        _policy.DueItems(member, new DateOnly(2029, 3, 1), 30).ShouldBeEmpty();
    }
}

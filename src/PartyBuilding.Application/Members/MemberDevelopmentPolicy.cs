using System.Globalization;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Framework.Text;

namespace PartyBuilding.Members;

/// <summary>A step of the pipeline as the branch recorded it.</summary>
public sealed record DevelopmentStep(
    DevelopmentAction Action,
    DateOnly EffectiveOn,
    string? DecidingMeeting = null,
    DateOnly? DecidingMeetingOn = null,
    string? Reason = null,
    int? ExtensionMonths = null);

/// <summary>Something the branch has to do, or may now do, for a person in the pipeline.</summary>
public sealed record DueItem(DueKind Kind, DateOnly DueOn, bool Overdue, string RuleKey);

/// <summary>
/// Localization keys of the rules the pipeline enforces; a refusal names its rule so the message cites it.
/// </summary>
public static class DevelopmentRules
{
    public const string ApplicationTalk = "Development:Rule:ApplicationTalk";
    public const string ApplicationToActivist = "Development:Rule:ApplicationToActivist";
    public const string ActivistToCandidate = "Development:Rule:ActivistToCandidate";
    public const string Probation = "Development:Rule:Probation";
    public const string Sequence = "Development:Rule:Sequence";
}

/// <summary>
/// The development pipeline (DOMAIN.md §2.3) as a timed state machine: which step is allowed from which stage,
/// the earliest day of each, and what a step changes on the record. Pure: the committee's today and its
/// setting come in, the record and its new history entries go out, so every boundary is unit-testable.
/// </summary>
public sealed class MemberDevelopmentPolicy(int applicationToActivistMinMonths)
{
    private const string BranchCommittee = "Development:Meeting:BranchCommittee";
    private const string BranchGeneralMeeting = "Development:Meeting:BranchGeneralMeeting";

    public static string ActionKey(DevelopmentAction action) => $"Development:Action:{action}";

    /// <summary>
    /// Who decides the step: the 支委会 fixes activists and candidates (细则; Art. 13 for candidates); admission and the end of
    /// probation, whichever way it goes, are for the 支部党员大会 (支部工作条例 Art. 11). A talk needs no meeting.
    /// </summary>
    public static string? DecidingBody(DevelopmentAction action) => action switch
    {
        DevelopmentAction.BecomeActivist or DevelopmentAction.BecomeCandidate => BranchCommittee,
        DevelopmentAction.RecordTalk => null,
        _ => BranchGeneralMeeting,
    };

    /// <summary>The talk is due within a month of the application (细则, official Q&amp;A on the 2014 changes).</summary>
    public static DateOnly? TalkDueOn(Member member) => member.AppliedOn?.AddMonths(MemberConsts.ApplicationTalkWithinMonths);

    /// <summary>Local practice, a committee setting (DOMAIN.md §2.3: ◐).</summary>
    public DateOnly? EarliestActivistOn(Member member) => member.AppliedOn?.AddMonths(applicationToActivistMinMonths);

    /// <summary>细则 Art. 13: at least a year of nurturing.</summary>
    public static DateOnly? EarliestCandidateOn(Member member) => member.ActivistOn?.AddMonths(MemberConsts.ActivistToCandidateMinMonths);

    /// <summary>The earliest day of the next step where a rule sets one; the board shows it on each card.</summary>
    public DateOnly? NextStepOn(Member member) => member.Stage switch
    {
        MemberStage.Applicant => EarliestActivistOn(member),
        MemberStage.Activist => EarliestCandidateOn(member),
        MemberStage.Probationary => member.ProbationEndsOn,
        _ => null,
    };

    public static DateOnly? StageSince(Member member) => member.Stage switch
    {
        MemberStage.Applicant => member.AppliedOn,
        MemberStage.Activist => member.ActivistOn,
        MemberStage.Candidate => member.CandidateOn,
        MemberStage.Probationary => member.AdmittedOn,
        _ => member.FullMembershipOn,
    };

    /// <summary>
    /// The work due for an active record on <paramref name="today"/>: talks and probation ends coming within
    /// <paramref name="withinDays"/> or already late, and steps whose waiting time has passed.
    /// </summary>
    public IEnumerable<DueItem> DueItems(Member member, DateOnly today, int withinDays)
    {
        if (member.Status != MemberStatus.Active)
        {
            yield break;
        }

        var horizon = today.AddDays(withinDays);
        switch (member.Stage)
        {
            case MemberStage.Applicant:
                if (member.TalkedOn is null && TalkDueOn(member) is { } talkDue && talkDue <= horizon)
                {
                    yield return new DueItem(DueKind.TalkDue, talkDue, today > talkDue, DevelopmentRules.ApplicationTalk);
                }

                if (EarliestActivistOn(member) is { } activistFrom && activistFrom <= today)
                {
                    yield return new DueItem(DueKind.ActivistEligible, activistFrom, false, DevelopmentRules.ApplicationToActivist);
                }

                break;
            case MemberStage.Activist when EarliestCandidateOn(member) is { } candidateFrom && candidateFrom <= today:
                yield return new DueItem(DueKind.CandidateEligible, candidateFrom, false, DevelopmentRules.ActivistToCandidate);
                break;
            case MemberStage.Probationary when member.ProbationEndsOn is { } endsOn:
                if (today > endsOn)
                {
                    yield return new DueItem(DueKind.FullMembershipOverdue, endsOn, true, DevelopmentRules.Probation);
                }
                else if (endsOn <= horizon)
                {
                    yield return new DueItem(DueKind.ProbationEnding, endsOn, false, DevelopmentRules.Probation);
                }

                break;
        }
    }

    /// <summary>
    /// Applies the step to the record, or refuses it with the rule it breaks. Returns the history entries the
    /// step writes (none for a talk, which changes no stage, category or status).
    /// </summary>
    public IReadOnlyList<MemberHistoryEntry> Apply(Member member, DevelopmentStep step, DateOnly today)
    {
        EnsureAllowed(member, step.Action);
        EnsureDecidingMeeting(step);
        DevelopmentInput.EnsureNotAfter(step.EffectiveOn, today, "Development:Field:EffectiveOn");
        if (step.DecidingMeetingOn is { } meetingOn)
        {
            DevelopmentInput.EnsureNotAfter(meetingOn, today, "Development:Field:DecidingMeetingOn");
        }

        var stageBefore = member.Stage;
        var history = new List<MemberHistoryEntry>();
        switch (step.Action)
        {
            case DevelopmentAction.RecordTalk:
                EnsureOldEnough(member);
                EnsureNotBefore(step, Anchor(member.AppliedOn, member, step), DevelopmentRules.Sequence);
                member.TalkedOn = step.EffectiveOn;
                break;
            case DevelopmentAction.BecomeActivist:
                EnsureOldEnough(member);
                EnsureNotBefore(step, Anchor(EarliestActivistOn(member), member, step), DevelopmentRules.ApplicationToActivist);
                member.ActivistOn = step.EffectiveOn;
                member.SetStage(MemberStage.Activist);
                break;
            case DevelopmentAction.BecomeCandidate:
                EnsureNotBefore(step, Anchor(EarliestCandidateOn(member), member, step), DevelopmentRules.ActivistToCandidate);
                member.CandidateOn = step.EffectiveOn;
                member.SetStage(MemberStage.Candidate);
                break;
            case DevelopmentAction.Admit:
                EnsureNotBefore(step, Anchor(member.CandidateOn, member, step), DevelopmentRules.Sequence);
                member.AdmittedOn = step.EffectiveOn;
                member.ProbationEndsOn = step.EffectiveOn.AddMonths(MemberConsts.ProbationMonths);
                member.SetStage(MemberStage.Probationary);
                break;
            case DevelopmentAction.ConfirmFull:
                EnsureNotBefore(step, Anchor(member.ProbationEndsOn, member, step), DevelopmentRules.Probation);
                member.FullMembershipOn = step.EffectiveOn;
                member.SetStage(MemberStage.Full);
                break;
            case DevelopmentAction.ExtendProbation:
                history.Add(Extend(member, step));
                break;
            case DevelopmentAction.CancelProbation:
                EnsureNotBefore(step, Anchor(member.AdmittedOn, member, step), DevelopmentRules.Sequence);
                member.SetStatus(MemberStatus.ProbationCancelled);
                history.Add(Entry(member, step, MemberHistoryKind.StatusChanged, nameof(MemberStatus.Active), nameof(MemberStatus.ProbationCancelled)));
                break;
        }

        if (member.Stage != stageBefore)
        {
            history.Add(Entry(member, step, MemberHistoryKind.StageChanged, stageBefore.ToString(), member.Stage.ToString()));
            var categoryBefore = MemberConsts.CategoryOf(stageBefore);
            if (member.Category != categoryBefore)
            {
                history.Add(Entry(member, step, MemberHistoryKind.CategoryChanged, categoryBefore?.ToString(), member.Category?.ToString()));
            }
        }

        return history;
    }

    /// <summary>党章 Art. 7: once, by half a year to a year; the new end counts from the old one.</summary>
    private static MemberHistoryEntry Extend(Member member, DevelopmentStep step)
    {
        if (member.ProbationExtended)
        {
            throw new BusinessException(PartyBuildingErrorCodes.Members.ProbationAlreadyExtended);
        }

        if (step.ExtensionMonths is not { } months
            || months < MemberConsts.ProbationExtensionMinMonths || months > MemberConsts.ProbationExtensionMaxMonths)
        {
            throw new BusinessException(
                PartyBuildingErrorCodes.Members.ExtensionOutOfRange, 400,
                MemberConsts.ProbationExtensionMinMonths, MemberConsts.ProbationExtensionMaxMonths);
        }

        EnsureNotBefore(step, Anchor(member.AdmittedOn, member, step), DevelopmentRules.Sequence);
        var endsBefore = Anchor(member.ProbationEndsOn, member, step);
        member.ProbationEndsOn = endsBefore.AddMonths(months);
        member.ProbationExtended = true;
        return Entry(member, step, MemberHistoryKind.ProbationExtended, DevelopmentInput.Format(endsBefore), DevelopmentInput.Format(member.ProbationEndsOn.Value));
    }

    private static void EnsureAllowed(Member member, DevelopmentAction action)
    {
        var from = action switch
        {
            DevelopmentAction.RecordTalk or DevelopmentAction.BecomeActivist => MemberStage.Applicant,
            DevelopmentAction.BecomeCandidate => MemberStage.Activist,
            DevelopmentAction.Admit => MemberStage.Candidate,
            _ => MemberStage.Probationary,
        };
        var talkedAlready = action == DevelopmentAction.RecordTalk && member.TalkedOn is not null;
        if (member.Status != MemberStatus.Active || member.Stage != from || talkedAlready)
        {
            throw NotAllowed(member, action);
        }
    }

    private static BusinessException NotAllowed(Member member, DevelopmentAction action) =>
        new(PartyBuildingErrorCodes.Members.StageTransitionNotAllowed, 400,
            member.Status == MemberStatus.Active ? $"Development:Stage:{member.Stage}" : $"Development:Status:{member.Status}",
            ActionKey(action));

    private static void EnsureDecidingMeeting(DevelopmentStep step)
    {
        if (DecidingBody(step.Action) is { } body
            && (string.IsNullOrWhiteSpace(step.DecidingMeeting) || step.DecidingMeetingOn is null))
        {
            throw new BusinessException(DevelopmentErrorCodes.DecidingMeetingRequired, 400, ActionKey(step.Action), body);
        }
    }

    /// <summary>党章 Art. 1: at least 18, counted on the day of the application from the birth date.</summary>
    private static void EnsureOldEnough(Member member)
    {
        if (member.AppliedOn is { } appliedOn
            && IdNumber.AgeOn(member.BirthDate, appliedOn) is var age && age < MemberConsts.MinimumApplicantAge)
        {
            throw new BusinessException(PartyBuildingErrorCodes.Members.TooYoung, 400, age);
        }
    }

    private static void EnsureNotBefore(DevelopmentStep step, DateOnly earliest, string ruleKey)
    {
        if (step.EffectiveOn < earliest)
        {
            throw new BusinessException(
                PartyBuildingErrorCodes.Members.StepTooEarly, 400, ActionKey(step.Action), DevelopmentInput.Format(earliest), ruleKey);
        }
    }

    /// <summary>
    /// The date a timer runs from. Records are created with the dates of every stage reached, so a missing one
    /// means the record skipped a stage: the step cannot be checked and is refused rather than let through.
    /// </summary>
    private static DateOnly Anchor(DateOnly? date, Member member, DevelopmentStep step) =>
        date ?? throw NotAllowed(member, step.Action);

    private static MemberHistoryEntry Entry(Member member, DevelopmentStep step, MemberHistoryKind kind, string? from, string? to) =>
        new(Guid.CreateVersion7(), member.Id, kind, from, to, step.EffectiveOn, InputText.TrimmedOrNull(step.Reason))
        {
            DecidingMeeting = InputText.TrimmedOrNull(step.DecidingMeeting),
            DecidingMeetingOn = step.DecidingMeetingOn,
        };

}

/// <summary>What the pipeline and the transfers share about the dates people enter.</summary>
public static class DevelopmentInput
{
    /// <summary>The platform records decisions taken, it does not plan them: no date after the committee's today.</summary>
    public static void EnsureNotAfter(DateOnly date, DateOnly today, string fieldKey)
    {
        if (date > today)
        {
            throw new BusinessException(DevelopmentErrorCodes.DateInFuture, 400, fieldKey, Format(today));
        }
    }

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

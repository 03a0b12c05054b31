using System.ComponentModel.DataAnnotations;
using PartyBuilding.Framework.Application.Dtos;

namespace PartyBuilding.Members;

/// <summary>The moves of the development pipeline (《中国共产党发展党员工作细则》2014).</summary>
public enum DevelopmentAction
{
    /// <summary>The talk with an applicant, due within a month of the application.</summary>
    RecordTalk = 1,
    BecomeActivist = 2,
    BecomeCandidate = 3,

    /// <summary>→ probationary member; probation ends a year later.</summary>
    Admit = 4,
    ConfirmFull = 5,
    ExtendProbation = 6,
    CancelProbation = 7,
}

public enum DueKind
{
    TalkDue = 1,
    ActivistEligible = 2,
    CandidateEligible = 3,
    ProbationEnding = 4,
    FullMembershipOverdue = 5,
}

public sealed class StageTransitionInput
{
    [Required]
    public DevelopmentAction? Action { get; set; }

    /// <summary>The day the step took effect; for <see cref="DevelopmentAction.Admit"/> the day of the admitting meeting.</summary>
    [Required]
    public DateOnly? EffectiveOn { get; set; }

    [StringLength(MemberConsts.MaxMeetingLength)]
    public string? DecidingMeeting { get; set; }

    public DateOnly? DecidingMeetingOn { get; set; }

    [StringLength(MemberConsts.MaxReasonLength)]
    public string? Reason { get; set; }

    /// <summary>Only for <see cref="DevelopmentAction.ExtendProbation"/>.</summary>
    [Range(1, 24)]
    public int? ExtensionMonths { get; set; }

    /// <summary>When given, the step is refused if the record changed since the caller read it.</summary>
    [StringLength(40)]
    public string? ConcurrencyStamp { get; set; }
}

/// <summary>The pipeline's view of a record: what a stage transition answers.</summary>
public sealed class MemberDevelopmentDto : EntityDto<Guid>
{
    public string Name { get; set; } = null!;

    public MemberStage Stage { get; set; }

    public MemberStatus Status { get; set; }

    public DateOnly? AppliedOn { get; set; }

    public DateOnly? TalkedOn { get; set; }

    public DateOnly? ActivistOn { get; set; }

    public DateOnly? CandidateOn { get; set; }

    public DateOnly? AdmittedOn { get; set; }

    public DateOnly? ProbationEndsOn { get; set; }

    public bool ProbationExtended { get; set; }

    public DateOnly? FullMembershipOn { get; set; }

    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed class GetDevelopmentBoardInput
{
    /// <summary>Limits the board to this organisation's subtree; default the caller's whole reach.</summary>
    public Guid? OrganizationId { get; set; }
}

public sealed class GetDueListInput
{
    public Guid? OrganizationId { get; set; }

    /// <summary>How far ahead the list looks for talks and probation ends.</summary>
    [Range(0, 366)]
    public int WithinDays { get; set; } = MemberConsts.ProbationEndingWarningDays;
}

public sealed class DevelopmentBoardDto
{
    public IReadOnlyList<DevelopmentColumnDto> Columns { get; set; } = [];
}

public sealed class DevelopmentColumnDto
{
    public const int MaxCards = 50;

    public MemberStage Stage { get; set; }

    public int Count { get; set; }

    public IReadOnlyList<DevelopmentCardDto> Members { get; set; } = [];
}

public sealed class DevelopmentCardDto : EntityDto<Guid>
{
    public string Name { get; set; } = null!;

    public string OrganizationName { get; set; } = null!;

    public MemberStage Stage { get; set; }

    /// <summary>The day the current stage began.</summary>
    public DateOnly? Since { get; set; }

    /// <summary>The earliest day of the next step, where a rule sets one.</summary>
    public DateOnly? NextStepOn { get; set; }
}

public sealed class DueItemDto
{
    public Guid MemberId { get; set; }

    public string Name { get; set; } = null!;

    public string OrganizationName { get; set; } = null!;

    public DueKind Kind { get; set; }

    public DateOnly DueOn { get; set; }

    public bool Overdue { get; set; }

    /// <summary>The rule behind the date, in the caller's language.</summary>
    public string Rule { get; set; } = null!;
}

public interface IMemberDevelopmentAppService
{
    Task<MemberDevelopmentDto> TransitionAsync(Guid memberId, StageTransitionInput input, CancellationToken cancellationToken = default);

    Task<DevelopmentBoardDto> GetBoardAsync(GetDevelopmentBoardInput input, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<DueItemDto>> GetDueListAsync(GetDueListInput input, CancellationToken cancellationToken = default);
}

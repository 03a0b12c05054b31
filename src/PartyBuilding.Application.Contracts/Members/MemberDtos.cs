using System.ComponentModel.DataAnnotations;
using PartyBuilding.Framework.Application.Dtos;

namespace PartyBuilding.Members;

public class MemberListItemDto : EntityDto<Guid>
{
    public string Name { get; set; } = null!;

    public Gender Gender { get; set; }

    public string Ethnicity { get; set; } = null!;

    public DateOnly BirthDate { get; set; }

    /// <summary>Whole years on the committee's today.</summary>
    public int Age { get; set; }

    /// <summary>Masked (<c>150***********1234</c>) unless the answer says <see cref="MemberDto.IsUnmasked"/>.</summary>
    public string IdNumber { get; set; } = null!;

    public string? Phone { get; set; }

    public Guid OrganizationId { get; set; }

    public string OrganizationName { get; set; } = null!;

    public Guid? PartyGroupId { get; set; }

    public string? PartyGroupName { get; set; }

    public MemberStage Stage { get; set; }

    public MemberCategory? Category { get; set; }

    public MemberStatus Status { get; set; }

    public DateOnly? AdmittedOn { get; set; }

    public DateOnly? FullMembershipOn { get; set; }

    public bool IsMobile { get; set; }

    public bool IsLostContact { get; set; }

    public PioneerPost PioneerPost { get; set; }
}

public sealed class MemberDto : MemberListItemDto
{
    public Education? Education { get; set; }

    public string? Job { get; set; }

    public string? WorkUnit { get; set; }

    public DateOnly? AppliedOn { get; set; }

    public DateOnly? TalkedOn { get; set; }

    public DateOnly? ActivistOn { get; set; }

    public DateOnly? CandidateOn { get; set; }

    public DateOnly? ProbationEndsOn { get; set; }

    public bool ProbationExtended { get; set; }

    public DateOnly? LostContactSince { get; set; }

    public string? Notes { get; set; }

    public bool HasPhoto { get; set; }

    public bool IsUnmasked { get; set; }

    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed class GetMemberListInput : PagedAndSortedResultRequestDto
{
    /// <summary>Part of a name, or a full ID number (matched through its keyed hash, never by a scan).</summary>
    [StringLength(MemberConsts.MaxNameLength)]
    public string? Filter { get; set; }

    /// <summary>The organisation whose subtree is listed; a party group lists its own members.</summary>
    public Guid? OrganizationId { get; set; }

    public MemberStage? Stage { get; set; }

    public MemberCategory? Category { get; set; }

    /// <summary>Null lists the active records.</summary>
    public MemberStatus? Status { get; set; }

    public bool? IsMobile { get; set; }

    public bool? IsLostContact { get; set; }

    public PioneerPost? PioneerPost { get; set; }
}

/// <summary>The fields an officer edits on a record; stage and stage dates move only through the development routes.</summary>
public abstract class MemberInputBase
{
    [Required]
    [StringLength(MemberConsts.MaxNameLength)]
    public string Name { get; set; } = null!;

    [Required]
    public Gender? Gender { get; set; }

    [Required]
    [StringLength(MemberConsts.MaxEthnicityLength)]
    public string Ethnicity { get; set; } = null!;

    [Required]
    public DateOnly? BirthDate { get; set; }

    /// <summary>On update, null keeps the stored number (answers carry it masked); an empty string clears it.</summary>
    [StringLength(MemberConsts.MaxPhoneLength)]
    [RegularExpression("^$|" + MemberConsts.PhonePattern)]
    public string? Phone { get; set; }

    public Education? Education { get; set; }

    [StringLength(MemberConsts.MaxJobLength)]
    public string? Job { get; set; }

    [StringLength(MemberConsts.MaxWorkUnitLength)]
    public string? WorkUnit { get; set; }

    [Required]
    public Guid? OrganizationId { get; set; }

    public Guid? PartyGroupId { get; set; }

    public bool IsMobile { get; set; }

    public bool IsLostContact { get; set; }

    public DateOnly? LostContactSince { get; set; }

    public PioneerPost PioneerPost { get; set; }

    [StringLength(MemberConsts.MaxNotesLength)]
    public string? Notes { get; set; }
}

public sealed class CreateMemberDto : MemberInputBase
{
    [Required]
    [StringLength(MemberConsts.IdNumberLength, MinimumLength = MemberConsts.IdNumberLength)]
    public string IdNumber { get; set; } = null!;

    [Required]
    public MemberStage? Stage { get; set; }

    public DateOnly? AppliedOn { get; set; }

    public DateOnly? TalkedOn { get; set; }

    public DateOnly? ActivistOn { get; set; }

    public DateOnly? CandidateOn { get; set; }

    public DateOnly? AdmittedOn { get; set; }

    public DateOnly? FullMembershipOn { get; set; }
}

public sealed class UpdateMemberDto : MemberInputBase
{
    /// <summary>Null keeps the stored number, which answers carry masked.</summary>
    [StringLength(MemberConsts.IdNumberLength, MinimumLength = MemberConsts.IdNumberLength)]
    public string? IdNumber { get; set; }

    /// <summary>Why the member moves to another organisation; required then, and written to the history.</summary>
    [StringLength(MemberConsts.MaxReasonLength)]
    public string? ChangeReason { get; set; }

    [Required]
    [StringLength(40)]
    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed class MemberHistoryDto : EntityDto<Guid>
{
    public MemberHistoryKind Kind { get; set; }

    public string? FromValue { get; set; }

    public string? ToValue { get; set; }

    /// <summary>Organisation names or localized enum names.</summary>
    public string? FromDisplay { get; set; }

    public string? ToDisplay { get; set; }

    public DateOnly EffectiveOn { get; set; }

    public string? Reason { get; set; }

    public string? DecidingMeeting { get; set; }

    public DateOnly? DecidingMeetingOn { get; set; }

    public DateTime CreationTime { get; set; }
}

public sealed record StatisticsBucketDto(string Key, string Label, int Count);

public sealed class MemberStatisticsDto
{
    public int Total { get; set; }

    public IReadOnlyList<StatisticsBucketDto> ByCategory { get; set; } = [];

    public IReadOnlyList<StatisticsBucketDto> ByStage { get; set; } = [];

    public IReadOnlyList<StatisticsBucketDto> ByGender { get; set; } = [];

    public IReadOnlyList<StatisticsBucketDto> ByAgeBand { get; set; } = [];

    public IReadOnlyList<StatisticsBucketDto> ByEducation { get; set; } = [];

    public IReadOnlyList<StatisticsBucketDto> ByEthnicity { get; set; } = [];
}

/// <summary>A member's photo as stored: the content type comes from the bytes, never from the upload's claim.</summary>
public sealed record MemberPhotoContent(string ContentType, byte[] Content);

public interface IMemberAppService
{
    Task<PagedResultDto<MemberListItemDto>> GetListAsync(GetMemberListInput input, CancellationToken cancellationToken = default);

    /// <summary><paramref name="unmask"/> needs <c>Members.Unmask</c> and leaves an audit row.</summary>
    Task<MemberDto> GetAsync(Guid id, bool unmask = false, CancellationToken cancellationToken = default);

    Task<MemberDto> GetMineAsync(CancellationToken cancellationToken = default);

    Task<MemberDto> CreateAsync(CreateMemberDto input, CancellationToken cancellationToken = default);

    Task<MemberDto> UpdateAsync(Guid id, UpdateMemberDto input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<MemberHistoryDto>> GetHistoryAsync(Guid id, CancellationToken cancellationToken = default);

    Task SetPhotoAsync(Guid id, Stream content, CancellationToken cancellationToken = default);

    Task<MemberPhotoContent> GetPhotoAsync(Guid id, CancellationToken cancellationToken = default);

    Task DeletePhotoAsync(Guid id, CancellationToken cancellationToken = default);

    Task<MemberStatisticsDto> GetStatisticsAsync(Guid? organizationId, CancellationToken cancellationToken = default);

    IReadOnlyList<string> GetEthnicities();
}

using System.ComponentModel.DataAnnotations;
using PartyBuilding.Files;
using PartyBuilding.Framework.Application.Dtos;

namespace PartyBuilding.Meetings;

public sealed class MeetingVenueDto
{
    [Required]
    [StringLength(MeetingConsts.MaxPlaceLength)]
    public string Name { get; set; } = null!;

    public bool IsMain { get; set; }

    [Range(0, 100000)]
    public int AttendeeCount { get; set; }
}

public sealed class MeetingAttendeeDto
{
    public Guid MemberId { get; set; }

    /// <summary>In answers only: the member's name.</summary>
    public string? MemberName { get; set; }

    [EnumDataType(typeof(AttendanceStatus))]
    public AttendanceStatus Status { get; set; }

    [StringLength(MeetingConsts.MaxReasonLength)]
    public string? AbsenceReason { get; set; }
}

/// <summary>The fields a secretary records; the input and the answer share them.</summary>
public class MeetingInput : IValidatableObject
{
    public Guid OrganizationId { get; set; }

    [Required]
    [MinLength(1)]
    public List<MeetingType> Types { get; set; } = [];

    /// <summary>A UTC instant; the committee's calendar decides which day and period it belongs to.</summary>
    public DateTime StartsAt { get; set; }

    public DateTime EndsAt { get; set; }

    [StringLength(MeetingConsts.MaxPlaceLength)]
    public string? Place { get; set; }

    [EnumDataType(typeof(MeetingMode))]
    public MeetingMode Mode { get; set; } = MeetingMode.Offline;

    [MaxLength(MeetingConsts.MaxVenues)]
    public List<MeetingVenueDto> Venues { get; set; } = [];

    [StringLength(MeetingConsts.MaxPersonNameLength)]
    public string? HostName { get; set; }

    public Guid? HostMemberId { get; set; }

    [StringLength(MeetingConsts.MaxTopicLength)]
    public string? Topic { get; set; }

    [StringLength(MeetingConsts.MaxPersonNameLength)]
    public string? SpeakerName { get; set; }

    public Guid? SpeakerMemberId { get; set; }

    public bool SpeakerIsSecretary { get; set; }

    [StringLength(MeetingConsts.MaxTextLength)]
    public string? Agenda { get; set; }

    [StringLength(MeetingConsts.MaxTextLength)]
    public string? Minutes { get; set; }

    [StringLength(MeetingConsts.MaxTextLength)]
    public string? Resolutions { get; set; }

    public bool HasVote { get; set; }

    [MaxLength(MeetingConsts.MaxAttendees)]
    public List<MeetingAttendeeDto> Attendees { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Types.Any(t => !Enum.IsDefined(t)) || Types.Distinct().Count() != Types.Count)
        {
            yield return new ValidationResult("The field Types is invalid.", [nameof(Types)]);
        }

        if (StartsAt == default || EndsAt < StartsAt)
        {
            yield return new ValidationResult("The field EndsAt is invalid.", [nameof(EndsAt)]);
        }

        if (Attendees.Select(a => a.MemberId).Distinct().Count() != Attendees.Count)
        {
            yield return new ValidationResult("The field Attendees is invalid.", [nameof(Attendees)]);
        }
    }
}

public sealed class UpdateMeetingInput : MeetingInput
{
    [Required]
    [StringLength(40)]
    public string ConcurrencyStamp { get; set; } = null!;

    /// <summary>Required once the meeting is submitted; it goes into the revision.</summary>
    [StringLength(MeetingConsts.MaxReasonLength)]
    public string? EditReason { get; set; }
}

public sealed class SubmitMeetingInput
{
    [Required]
    [StringLength(40)]
    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed record MeetingPeriodKeysDto(string Month, string Quarter, string Year);

public sealed record MeetingAttendanceDto(int Expected, int Present, int Absent, int Leave, double? Rate);

public sealed record MeetingWarningDto(string Code, string Message, string Citation);

public sealed class MeetingDto : MeetingInput
{
    public Guid Id { get; set; }

    public string OrganizationName { get; set; } = null!;

    public MeetingStatus Status { get; set; }

    public DateOnly HeldOn { get; set; }

    public MeetingPeriodKeysDto PeriodKeys { get; set; } = null!;

    public MeetingAttendanceDto Attendance { get; set; } = null!;

    public List<MeetingWarningDto> Warnings { get; set; } = [];

    public List<AttachmentDto> Attachments { get; set; } = [];

    public DateTime? SubmittedAt { get; set; }

    public string? SubmittedBy { get; set; }

    public int RevisionCount { get; set; }

    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed class MeetingListItemDto : EntityDto<Guid>
{
    public Guid OrganizationId { get; set; }

    public string OrganizationName { get; set; } = null!;

    public List<MeetingType> Types { get; set; } = [];

    public DateTime StartsAt { get; set; }

    public DateTime EndsAt { get; set; }

    public DateOnly HeldOn { get; set; }

    public string? Topic { get; set; }

    public string? Place { get; set; }

    public MeetingMode Mode { get; set; }

    public MeetingStatus Status { get; set; }

    public int AttendeeCount { get; set; }

    public int PresentCount { get; set; }

    public DateTime? SubmittedAt { get; set; }
}

public sealed class GetMeetingListInput : PagedAndSortedResultRequestDto
{
    /// <summary>The organisation and its subtree.</summary>
    public Guid? OrganizationId { get; set; }

    [EnumDataType(typeof(MeetingType))]
    public MeetingType? Type { get; set; }

    [EnumDataType(typeof(MeetingStatus))]
    public MeetingStatus? Status { get; set; }

    /// <summary>Committee-local dates, both included.</summary>
    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    [StringLength(MeetingConsts.MaxTopicLength)]
    public string? Filter { get; set; }
}

public sealed class MeetingRevisionDto : EntityDto<Guid>
{
    public Guid? UserId { get; set; }

    public string? UserName { get; set; }

    public DateTime Time { get; set; }

    public string Reason { get; set; } = null!;

    /// <summary>The record before the edit, as JSON.</summary>
    public string Before { get; set; } = null!;

    public string After { get; set; } = null!;
}

public interface IMeetingAppService
{
    Task<PagedResultDto<MeetingListItemDto>> GetListAsync(GetMeetingListInput input, CancellationToken cancellationToken = default);

    Task<MeetingDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<MeetingDto> CreateAsync(MeetingInput input, CancellationToken cancellationToken = default);

    Task<MeetingDto> UpdateAsync(Guid id, UpdateMeetingInput input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);

    Task<MeetingDto> SubmitAsync(Guid id, SubmitMeetingInput input, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<MeetingRevisionDto>> GetRevisionsAsync(Guid id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AttachmentDto>> GetAttachmentsAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Only while the meeting is a draft (409 <c>…:MeetingLocked</c> once submitted).</summary>
    Task<AttachmentDto> AddAttachmentAsync(
        Guid id, AttachmentKind kind, string? fileName, Stream content, CancellationToken cancellationToken = default);

    Task<AttachmentContent> OpenAttachmentAsync(Guid id, Guid attachmentId, CancellationToken cancellationToken = default);

    /// <summary>Only while the meeting is a draft (409 <c>…:MeetingLocked</c> once submitted).</summary>
    Task DeleteAttachmentAsync(Guid id, Guid attachmentId, CancellationToken cancellationToken = default);
}

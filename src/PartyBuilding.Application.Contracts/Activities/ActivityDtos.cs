using System.ComponentModel.DataAnnotations;
using PartyBuilding.Files;
using PartyBuilding.Framework.Application.Dtos;

namespace PartyBuilding.Activities;

public class ActivityCategoryInput
{
    [Required]
    [StringLength(ActivityConsts.MaxCategoryNameLength)]
    public string Name { get; set; } = null!;

    [EnumDataType(typeof(ActivityCategoryGroup))]
    public ActivityCategoryGroup Group { get; set; }

    public int SortOrder { get; set; }

    public bool IsActive { get; set; } = true;
}

public sealed class UpdateActivityCategoryInput : ActivityCategoryInput
{
    [Required]
    [StringLength(40)]
    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed class ActivityCategoryDto
{
    public Guid Id { get; set; }

    public string Name { get; set; } = null!;

    public ActivityCategoryGroup Group { get; set; }

    public int SortOrder { get; set; }

    public bool IsActive { get; set; }

    public string ConcurrencyStamp { get; set; } = null!;
}

public class ActivityInput
{
    [Required]
    public Guid? OrganizationId { get; set; }

    [Required]
    [StringLength(ActivityConsts.MaxTitleLength)]
    public string Title { get; set; } = null!;

    /// <summary>A UTC instant; the committee's time zone decides its day and period.</summary>
    [Required]
    public DateTime? StartsAt { get; set; }

    [Required]
    public DateTime? EndsAt { get; set; }

    [StringLength(ActivityConsts.MaxPlaceLength)]
    public string? Place { get; set; }

    [Required]
    public Guid? CategoryId { get; set; }

    [EnumDataType(typeof(ActivityRequirement))]
    public ActivityRequirement Requirement { get; set; } = ActivityRequirement.Optional;

    [EnumDataType(typeof(ActivityMode))]
    public ActivityMode Mode { get; set; } = ActivityMode.Offline;

    /// <summary>Null or empty: the organisation's brand (一支部一品牌).</summary>
    [StringLength(ActivityConsts.MaxBrandNameLength)]
    public string? BrandName { get; set; }

    [MaxLength(ActivityConsts.MaxParticipants)]
    public List<Guid> MemberIds { get; set; } = [];

    [Range(0, ActivityConsts.MaxOtherParticipants)]
    public int OtherParticipantCount { get; set; }

    [Range(0, ActivityConsts.MaxVolunteerHours)]
    public decimal VolunteerHours { get; set; }

    [Range(0, ActivityConsts.MaxPeopleServed)]
    public int PeopleServed { get; set; }

    [StringLength(ActivityConsts.MaxOutcomeLength)]
    public string? Outcome { get; set; }
}

public sealed class UpdateActivityInput : ActivityInput
{
    [Required]
    [StringLength(40)]
    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed class SubmitActivityInput
{
    [Required]
    [StringLength(40)]
    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed class ReviewActivityInput
{
    [Required]
    [EnumDataType(typeof(ActivityReviewDecision))]
    public ActivityReviewDecision? Decision { get; set; }

    [StringLength(ActivityConsts.MaxCommentLength)]
    public string? Comment { get; set; }

    [Required]
    [StringLength(40)]
    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed class GetActivityListInput : PagedAndSortedResultRequestDto
{
    /// <summary>The organisation and its subtree.</summary>
    public Guid? OrganizationId { get; set; }

    public Guid? CategoryId { get; set; }

    [EnumDataType(typeof(ActivityStatus))]
    public ActivityStatus? Status { get; set; }

    /// <summary>First committee-local day held, inclusive.</summary>
    public DateOnly? From { get; set; }

    /// <summary>Last committee-local day held, inclusive.</summary>
    public DateOnly? To { get; set; }

    [StringLength(ActivityConsts.MaxFilterLength)]
    public string? Filter { get; set; }
}

public class ActivityListItemDto
{
    public Guid Id { get; set; }

    public Guid OrganizationId { get; set; }

    public string OrganizationName { get; set; } = null!;

    public string Title { get; set; } = null!;

    public DateTime StartsAt { get; set; }

    public DateTime EndsAt { get; set; }

    public DateOnly HeldOn { get; set; }

    public Guid CategoryId { get; set; }

    public string CategoryName { get; set; } = null!;

    public ActivityCategoryGroup CategoryGroup { get; set; }

    public ActivityRequirement Requirement { get; set; }

    public ActivityMode Mode { get; set; }

    public string? BrandName { get; set; }

    public int ParticipantCount { get; set; }

    public ActivityStatus Status { get; set; }

    public DateTime? SubmittedAt { get; set; }

    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed class ActivityDto : ActivityListItemDto
{
    public string? Place { get; set; }

    public List<Guid> MemberIds { get; set; } = [];

    /// <summary>The members of <see cref="MemberIds"/> with their names as recorded.</summary>
    public List<ActivityParticipantDto> Participants { get; set; } = [];

    public int OtherParticipantCount { get; set; }

    public decimal VolunteerHours { get; set; }

    public int PeopleServed { get; set; }

    public string? Outcome { get; set; }

    public List<ActivityReviewDto> Reviews { get; set; } = [];

    public IReadOnlyList<AttachmentDto> Attachments { get; set; } = [];
}

public sealed record ActivityParticipantDto(Guid MemberId, string Name);

public sealed record ActivityReviewDto(ActivityReviewDecision Decision, string? Comment, string ReviewerName, DateTime Time);

public sealed class ActivityStatisticsDto
{
    public string Period { get; set; } = null!;

    public List<ActivityOrganizationStatisticsDto> ByOrganization { get; set; } = [];

    public List<ActivityCategoryStatisticsDto> ByCategory { get; set; } = [];
}

public sealed record ActivityOrganizationStatisticsDto(
    Guid OrganizationId, string OrganizationName, int Approved, decimal VolunteerHours, int PeopleServed);

public sealed record ActivityCategoryStatisticsDto(Guid CategoryId, string CategoryName, ActivityCategoryGroup Group, int Approved);

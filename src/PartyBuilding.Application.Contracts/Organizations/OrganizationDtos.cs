using System.ComponentModel.DataAnnotations;
using PartyBuilding.Framework.Application.Dtos;

namespace PartyBuilding.Organizations;

public sealed class OrganizationTreeNodeDto : EntityDto<Guid>
{
    public Guid? ParentId { get; set; }

    public string Name { get; set; } = null!;

    public string? ShortName { get; set; }

    public OrganizationType Type { get; set; }

    public Guid? CategoryId { get; set; }

    public int MemberCount { get; set; }

    public int WarningCount { get; set; }

    public List<OrganizationTreeNodeDto> Children { get; set; } = [];
}

/// <summary>An organisation as lists and the console show it: the edited fields plus its place in the tree.</summary>
public class OrganizationDto : OrganizationData
{
    public Guid Id { get; set; }

    public Guid? ParentId { get; set; }

    public string Path { get; set; } = null!;

    public int Depth { get; set; }

    public string? CategoryName { get; set; }

    public bool HasBrandLogo { get; set; }

    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed class OrganizationDetailDto : OrganizationDto
{
    public string? ParentName { get; set; }

    public OrganizationMemberCountsDto MemberCounts { get; set; } = null!;

    public CommitteeTermDto? CurrentTerm { get; set; }

    public List<OrganizationWarningDto> Warnings { get; set; } = [];
}

public sealed record OrganizationMemberCountsDto(int FullMembers, int ProbationaryMembers, int Others);

/// <summary>A set-up or term rule the organisation breaks, with the rule's source so officers can check it.</summary>
public sealed record OrganizationWarningDto(string Code, string Message, string Citation);

public static class OrganizationWarningCodes
{
    public const string FewerThanMinimumFullMembers = nameof(FewerThanMinimumFullMembers);
    public const string CommitteeRequired = nameof(CommitteeRequired);
    public const string TooManyMembers = nameof(TooManyMembers);
    public const string TermEndingSoon = nameof(TermEndingSoon);
    public const string TermExpired = nameof(TermExpired);
    public const string NoCommitteeTerm = nameof(NoCommitteeTerm);
}

public sealed class GetOrganizationListInput : PagedAndSortedResultRequestDto
{
    [StringLength(OrganizationConsts.MaxNameLength)]
    public string? Filter { get; set; }

    /// <summary>Only the direct children of this organisation.</summary>
    public Guid? ParentId { get; set; }

    [EnumDataType(typeof(OrganizationType), ErrorMessage = ValidationMessages.InvalidValue)]
    public OrganizationType? Type { get; set; }

    public Guid? CategoryId { get; set; }
}

/// <summary>The fields an officer edits; the create and update inputs and the answers share them.</summary>
public abstract class OrganizationData
{
    [EnumDataType(typeof(OrganizationType), ErrorMessage = ValidationMessages.InvalidValue)]
    public OrganizationType Type { get; set; }

    public Guid? CategoryId { get; set; }

    [Required]
    [StringLength(OrganizationConsts.MaxNameLength)]
    public string Name { get; set; } = null!;

    [StringLength(OrganizationConsts.MaxShortNameLength)]
    public string? ShortName { get; set; }

    [StringLength(OrganizationConsts.MaxCodeLength)]
    public string? Code { get; set; }

    [StringLength(OrganizationConsts.MaxUnitNameLength)]
    public string? UnitName { get; set; }

    public DateOnly? EstablishedOn { get; set; }

    public DateOnly? JoinedOn { get; set; }

    public DateOnly? LeftOn { get; set; }

    public DateOnly? EndsOn { get; set; }

    public int SortOrder { get; set; }

    [StringLength(OrganizationConsts.MaxBrandNameLength)]
    public string? BrandName { get; set; }

    [StringLength(OrganizationConsts.MaxBrandSloganLength)]
    public string? BrandSlogan { get; set; }

    [StringLength(OrganizationConsts.MaxBrandDescriptionLength)]
    public string? BrandDescription { get; set; }
}

public sealed class CreateOrganizationDto : OrganizationData
{
    public Guid? ParentId { get; set; }
}

public sealed class UpdateOrganizationDto : OrganizationData
{
    [Required]
    [StringLength(40)]
    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed class MoveOrganizationDto
{
    public Guid? ParentId { get; set; }

    [Required]
    [StringLength(40)]
    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed record OrganizationLogoDto(string ContentType, byte[] Content);

public sealed class CommitteeTermDto : EntityDto<Guid>
{
    public Guid OrganizationId { get; set; }

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    public string? Notes { get; set; }

    public List<CommitteeMemberDto> Members { get; set; } = [];

    /// <summary>Days from the committee's today to the end of the term; negative once it has ended.</summary>
    public int DaysToEnd { get; set; }

    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed class CommitteeMemberDto
{
    [EnumDataType(typeof(CommitteePost), ErrorMessage = ValidationMessages.InvalidValue)]
    public CommitteePost Post { get; set; }

    [StringLength(OrganizationConsts.MaxPostTitleLength)]
    public string? PostTitle { get; set; }

    [Required]
    [StringLength(OrganizationConsts.MaxPersonNameLength)]
    public string Name { get; set; } = null!;

    public Guid? MemberId { get; set; }
}

public class CommitteeTermInput
{
    public DateOnly StartsOn { get; set; }

    /// <summary>Null: the start plus the committee's term length (village and community organisations have their own).</summary>
    public DateOnly? EndsOn { get; set; }

    [StringLength(OrganizationConsts.MaxNotesLength)]
    public string? Notes { get; set; }

    [MaxLength(OrganizationConsts.MaxCommitteeMembers)]
    public List<CommitteeMemberDto> Members { get; set; } = [];
}

public sealed class UpdateCommitteeTermInput : CommitteeTermInput
{
    [Required]
    [StringLength(40)]
    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed class OrganizationCategoryDto : EntityDto<Guid>
{
    public string Name { get; set; } = null!;

    public UnitKind Kind { get; set; }

    public int SortOrder { get; set; }

    public string ConcurrencyStamp { get; set; } = null!;
}

public class OrganizationCategoryInput
{
    [Required]
    [StringLength(OrganizationConsts.MaxCategoryNameLength)]
    public string Name { get; set; } = null!;

    [EnumDataType(typeof(UnitKind), ErrorMessage = ValidationMessages.InvalidValue)]
    public UnitKind Kind { get; set; }

    public int SortOrder { get; set; }
}

public sealed class UpdateOrganizationCategoryInput : OrganizationCategoryInput
{
    [Required]
    [StringLength(40)]
    public string ConcurrencyStamp { get; set; } = null!;
}

/// <summary>
/// Message keys set on attributes the host's validation metadata provider does not map (it would clear the
/// message of an <see cref="EnumDataTypeAttribute"/>, which then throws instead of reporting the value).
/// </summary>
internal static class ValidationMessages
{
    public const string InvalidValue = "Validation:InvalidValue";
}

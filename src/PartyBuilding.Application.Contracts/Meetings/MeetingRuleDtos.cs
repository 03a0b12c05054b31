using System.ComponentModel.DataAnnotations;
using PartyBuilding.Framework.Application.Dtos;
using PartyBuilding.Framework.Timing;
using PartyBuilding.Organizations;

namespace PartyBuilding.Meetings;

public sealed class MeetingRuleDto : EntityDto<Guid>
{
    public MeetingType MeetingType { get; set; }

    public PeriodKind PeriodKind { get; set; }

    public int RequiredCount { get; set; }

    public List<OrganizationType> AppliesTo { get; set; } = [];

    public bool RequiresCommittee { get; set; }

    public bool RequiresSecretarySpeaker { get; set; }

    public bool IsEnabled { get; set; }

    public string Citation { get; set; } = null!;

    public string ConcurrencyStamp { get; set; } = null!;
}

public class MeetingRuleInput : IValidatableObject
{
    [EnumDataType(typeof(MeetingType))]
    public MeetingType MeetingType { get; set; }

    /// <summary>Month, Quarter or Year: the periods a committee reports on.</summary>
    [EnumDataType(typeof(PeriodKind))]
    public PeriodKind PeriodKind { get; set; }

    [Range(1, MeetingConsts.MaxRequiredCount)]
    public int RequiredCount { get; set; }

    [Required]
    [MinLength(1)]
    public List<OrganizationType> AppliesTo { get; set; } = [];

    public bool RequiresCommittee { get; set; }

    public bool RequiresSecretarySpeaker { get; set; }

    public bool IsEnabled { get; set; } = true;

    [Required]
    [StringLength(MeetingConsts.MaxCitationLength)]
    public string Citation { get; set; } = null!;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PeriodKind == PeriodKind.Day)
        {
            yield return new ValidationResult("The field PeriodKind is invalid.", [nameof(PeriodKind)]);
        }

        if (AppliesTo.Any(t => !Enum.IsDefined(t)) || AppliesTo.Distinct().Count() != AppliesTo.Count)
        {
            yield return new ValidationResult("The field AppliesTo is invalid.", [nameof(AppliesTo)]);
        }
    }
}

public sealed class UpdateMeetingRuleInput : MeetingRuleInput
{
    [Required]
    [StringLength(40)]
    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed class MeetingExemptionDto : EntityDto<Guid>
{
    public Guid OrganizationId { get; set; }

    public string OrganizationName { get; set; } = null!;

    public MeetingType? MeetingType { get; set; }

    public string Period { get; set; } = null!;

    public string Reason { get; set; } = null!;

    public DateTime CreationTime { get; set; }
}

public sealed class GetMeetingExemptionsInput
{
    public Guid? OrganizationId { get; set; }

    /// <summary>Exemptions whose period overlaps this one.</summary>
    [StringLength(10)]
    public string? Period { get; set; }
}

public sealed class CreateMeetingExemptionInput
{
    public Guid OrganizationId { get; set; }

    /// <summary>Null: every type.</summary>
    [EnumDataType(typeof(MeetingType))]
    public MeetingType? MeetingType { get; set; }

    /// <summary><c>2026-03</c>, <c>2026-Q1</c> or <c>2026</c>.</summary>
    [Required]
    [StringLength(10)]
    public string Period { get; set; } = null!;

    [Required]
    [StringLength(MeetingConsts.MaxReasonLength)]
    public string Reason { get; set; } = null!;
}

public interface IMeetingRuleAppService
{
    Task<IReadOnlyList<MeetingRuleDto>> GetListAsync(CancellationToken cancellationToken = default);

    Task<MeetingRuleDto> CreateAsync(MeetingRuleInput input, CancellationToken cancellationToken = default);

    Task<MeetingRuleDto> UpdateAsync(Guid id, UpdateMeetingRuleInput input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<MeetingRuleDto>> ResetAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<MeetingExemptionDto>> GetExemptionsAsync(GetMeetingExemptionsInput input, CancellationToken cancellationToken = default);

    Task<MeetingExemptionDto> CreateExemptionAsync(CreateMeetingExemptionInput input, CancellationToken cancellationToken = default);

    Task DeleteExemptionAsync(Guid id, CancellationToken cancellationToken = default);
}

using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using PartyBuilding.Framework.Application.Dtos;
using PartyBuilding.Framework.Localization;

namespace PartyBuilding.Members;

public sealed class MemberTransferDto : EntityDto<Guid>
{
    public TransferDirection Direction { get; set; }

    public Guid OrganizationId { get; set; }

    public string OrganizationName { get; set; } = null!;

    public Guid? MemberId { get; set; }

    public string PersonName { get; set; } = null!;

    public string? LetterNumber { get; set; }

    public string Counterparty { get; set; } = null!;

    public bool IsCrossProvince { get; set; }

    public DateOnly IssuedOn { get; set; }

    public DateOnly Deadline { get; set; }

    public DateOnly? ReceiptConfirmedOn { get; set; }

    public TransferStatus Status { get; set; }

    public bool Overdue { get; set; }

    /// <summary>Days from the committee's today to the deadline (negative once passed); null unless pending.</summary>
    public int? DaysLeft { get; set; }

    public string? Notes { get; set; }

    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed class GetMemberTransferListInput : PagedAndSortedResultRequestDto
{
    public TransferDirection? Direction { get; set; }

    public TransferStatus? Status { get; set; }

    /// <summary>true: pending and past the deadline; false: everything else.</summary>
    public bool? Overdue { get; set; }

    /// <summary>The organisation's subtree.</summary>
    public Guid? OrganizationId { get; set; }
}

public class MemberTransferInputBase : IValidatableObject
{
    [Required]
    public Guid? OrganizationId { get; set; }

    /// <summary>The member leaving (outgoing, required); an incoming transfer links its member on completion.</summary>
    public Guid? MemberId { get; set; }

    /// <summary>The person arriving (incoming); an outgoing transfer takes the member's name.</summary>
    [StringLength(MemberConsts.MaxNameLength)]
    public string? PersonName { get; set; }

    [StringLength(MemberConsts.MaxLetterNumberLength)]
    public string? LetterNumber { get; set; }

    [Required]
    [StringLength(MemberConsts.MaxCounterpartyLength)]
    public string Counterparty { get; set; } = null!;

    public bool IsCrossProvince { get; set; }

    [Required]
    public DateOnly? IssuedOn { get; set; }

    [StringLength(MemberConsts.MaxNotesLength)]
    public string? Notes { get; set; }

    protected virtual TransferDirection? DirectionForValidation => null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (DirectionForValidation == TransferDirection.Outgoing && MemberId is null)
        {
            yield return Required(validationContext, nameof(MemberId));
        }

        if (DirectionForValidation == TransferDirection.Incoming && string.IsNullOrWhiteSpace(PersonName))
        {
            yield return Required(validationContext, nameof(PersonName));
        }
    }

    /// <summary>The message of a missing [Required] field, since whether these are required depends on the direction.</summary>
    private static ValidationResult Required(ValidationContext context, string property)
    {
        var field = JsonNamingPolicy.CamelCase.ConvertName(property);
        var localizer = context.GetService(typeof(TextLocalizer)) as TextLocalizer;
        return new ValidationResult(localizer?.Get("Validation:Required", field) ?? $"{field} is required.", [property]);
    }
}

public sealed class CreateMemberTransferDto : MemberTransferInputBase
{
    [Required]
    public TransferDirection? Direction { get; set; }

    protected override TransferDirection? DirectionForValidation => Direction;
}

/// <summary>The direction is fixed at creation: a letter never turns around.</summary>
public sealed class UpdateMemberTransferDto : MemberTransferInputBase
{
    [Required]
    [StringLength(40)]
    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed class CompleteMemberTransferDto
{
    [Required]
    public DateOnly? ReceiptConfirmedOn { get; set; }

    /// <summary>Incoming: the arrived member's record (required).</summary>
    public Guid? MemberId { get; set; }
}

public interface IMemberTransferAppService
{
    Task<PagedResultDto<MemberTransferDto>> GetListAsync(GetMemberTransferListInput input, CancellationToken cancellationToken = default);

    Task<MemberTransferDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<MemberTransferDto> CreateAsync(CreateMemberTransferDto input, CancellationToken cancellationToken = default);

    Task<MemberTransferDto> UpdateAsync(Guid id, UpdateMemberTransferDto input, CancellationToken cancellationToken = default);

    Task<MemberTransferDto> CompleteAsync(Guid id, CompleteMemberTransferDto input, CancellationToken cancellationToken = default);

    Task<MemberTransferDto> CancelAsync(Guid id, CancellationToken cancellationToken = default);
}

using PartyBuilding.Framework.Auditing;
using PartyBuilding.Framework.Domain.Entities.Auditing;
using PartyBuilding.Framework.MultiTenancy;

namespace PartyBuilding.Members;

/// <summary>
/// Tracks an organisation-relationship transfer (组织关系转接) made in the national system, which stays the record
/// of the transfer itself: the letter, where it goes or comes from, its deadline and the receipt.
/// </summary>
[Audited]
public sealed class MemberTransfer : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private MemberTransfer()
    {
    }

    public MemberTransfer(
        Guid id, TransferDirection direction, Guid organizationId, string personName, string counterparty,
        DateOnly issuedOn, DateOnly deadline) : base(id)
    {
        Direction = direction;
        OrganizationId = organizationId;
        PersonName = personName;
        Counterparty = counterparty;
        IssuedOn = issuedOn;
        Deadline = deadline;
        Status = TransferStatus.Pending;
    }

    public Guid? TenantId { get; private set; }

    public TransferDirection Direction { get; private set; }

    /// <summary>The committee's organisation sending (outgoing) or receiving (incoming) the member.</summary>
    public Guid OrganizationId { get; set; }

    /// <summary>The member record; for an incoming transfer it exists once the member has arrived.</summary>
    public Guid? MemberId { get; set; }

    public string PersonName { get; set; } = null!;

    /// <summary>介绍信 number.</summary>
    public string? LetterNumber { get; set; }

    /// <summary>Destination (outgoing) or origin (incoming) organisation.</summary>
    public string Counterparty { get; set; } = null!;

    public bool IsCrossProvince { get; set; }

    public DateOnly IssuedOn { get; set; }

    /// <summary>The letter's validity: 3 months, 6 across provinces (tenant settings).</summary>
    public DateOnly Deadline { get; set; }

    public DateOnly? ReceiptConfirmedOn { get; private set; }

    public TransferStatus Status { get; private set; }

    public string? Notes { get; set; }

    public bool IsOverdue(DateOnly today) => Status == TransferStatus.Pending && today > Deadline;

    public void Complete(DateOnly receiptConfirmedOn)
    {
        ReceiptConfirmedOn = receiptConfirmedOn;
        Status = TransferStatus.Completed;
    }

    public void Cancel() => Status = TransferStatus.Cancelled;
}

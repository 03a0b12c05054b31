using PartyBuilding.Framework.Auditing;
using PartyBuilding.Framework.Domain.Entities.Auditing;
using PartyBuilding.Framework.MultiTenancy;

namespace PartyBuilding.Meetings;

/// <summary>
/// An officer's decision that an organisation owes a meeting type (or every type) nothing in a period, e.g. the
/// higher level's list of branches that hold no 党员大会 (DOMAIN.md §2.2). It covers the slots of every period
/// that lies inside its own.
/// </summary>
[Audited]
public sealed class MeetingExemption : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private MeetingExemption()
    {
    }

    public MeetingExemption(
        Guid id, Guid organizationId, MeetingType? meetingType, string periodKey, DateOnly startsOn, DateOnly endsOn, string reason)
        : base(id)
    {
        OrganizationId = organizationId;
        MeetingType = meetingType;
        PeriodKey = periodKey;
        StartsOn = startsOn;
        EndsOn = endsOn;
        Reason = reason;
    }

    public Guid? TenantId { get; private set; }

    public Guid OrganizationId { get; private set; }

    /// <summary>Null: every type.</summary>
    public MeetingType? MeetingType { get; private set; }

    public string PeriodKey { get; private set; } = null!;

    /// <summary>The period's first day, so overlapping exemptions are found with a range query.</summary>
    public DateOnly StartsOn { get; private set; }

    /// <summary>The period's last day.</summary>
    public DateOnly EndsOn { get; private set; }

    public string Reason { get; private set; } = null!;
}

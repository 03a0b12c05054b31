using PartyBuilding.Framework.Auditing;
using PartyBuilding.Framework.Domain.Entities;
using PartyBuilding.Framework.MultiTenancy;
using PartyBuilding.Meetings;

namespace PartyBuilding.Inspections;

/// <summary>
/// One thing the daily inspection found on one day. (committee, day, kind, item) is unique, so however often the
/// inspection of a day runs, on one node or several, each item is reported once that day.
/// </summary>
public sealed class InspectionFinding : Entity<Guid>, IMultiTenant, IAppendOnly
{
    private InspectionFinding()
    {
    }

    public InspectionFinding(
        Guid id, DateOnly foundOn, InspectionFindingKind kind, string itemKey, Guid organizationId,
        MeetingType? meetingType, string? periodKey, DateOnly? dueOn, Guid? meetingId, string? citation) : base(id)
    {
        FoundOn = foundOn;
        Kind = kind;
        ItemKey = itemKey;
        OrganizationId = organizationId;
        MeetingType = meetingType;
        PeriodKey = periodKey;
        DueOn = dueOn;
        MeetingId = meetingId;
        Citation = citation;
    }

    public Guid? TenantId { get; private set; }

    /// <summary>The committee-local day of the inspection.</summary>
    public DateOnly FoundOn { get; private set; }

    public InspectionFindingKind Kind { get; private set; }

    /// <summary>Names the item across days: a plan slot (organisation, type, period, sequence) or a meeting.</summary>
    public string ItemKey { get; private set; } = null!;

    public Guid OrganizationId { get; private set; }

    public MeetingType? MeetingType { get; private set; }

    public string? PeriodKey { get; private set; }

    public DateOnly? DueOn { get; private set; }

    public Guid? MeetingId { get; private set; }

    /// <summary>The rule the missing meeting is owed under, as the plan cites it.</summary>
    public string? Citation { get; private set; }
}

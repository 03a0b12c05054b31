using PartyBuilding.Framework.Auditing;
using PartyBuilding.Framework.Domain.Entities;
using PartyBuilding.Framework.Domain.Entities.Auditing;
using PartyBuilding.Framework.MultiTenancy;

namespace PartyBuilding.Members;

/// <summary>
/// One change of a member's organisation, category, stage or status, with the day it took effect, why, and the
/// meeting that decided it. Written once and never changed: it is the record's memory.
/// </summary>
public sealed class MemberHistoryEntry : Entity<Guid>, IMultiTenant, ICreationAudited, IAppendOnly
{
    private MemberHistoryEntry()
    {
    }

    public MemberHistoryEntry(
        Guid id, Guid memberId, MemberHistoryKind kind, string? fromValue, string? toValue, DateOnly effectiveOn, string? reason)
        : base(id)
    {
        MemberId = memberId;
        Kind = kind;
        FromValue = fromValue;
        ToValue = toValue;
        EffectiveOn = effectiveOn;
        Reason = reason;
    }

    public Guid? TenantId { get; private set; }

    public Guid MemberId { get; private set; }

    public MemberHistoryKind Kind { get; private set; }

    /// <summary>The value before, as an enum name or an organisation id.</summary>
    public string? FromValue { get; private set; }

    public string? ToValue { get; private set; }

    public DateOnly EffectiveOn { get; private set; }

    public string? Reason { get; private set; }

    /// <summary>The meeting that decided the change (e.g. 支部党员大会, 支委会), as recorded.</summary>
    public string? DecidingMeeting { get; init; }

    public DateOnly? DecidingMeetingOn { get; init; }

    public DateTime CreationTime { get; private set; }

    public Guid? CreatorId { get; private set; }
}

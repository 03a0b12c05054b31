using PartyBuilding.Framework.Auditing;
using PartyBuilding.Framework.Domain.Entities.Auditing;
using PartyBuilding.Framework.MultiTenancy;
using PartyBuilding.Framework.Timing;
using PartyBuilding.Organizations;

namespace PartyBuilding.Meetings;

/// <summary>
/// A requirement (要求规则): organisations of these types owe <see cref="RequiredCount"/> meetings of a type per
/// period. Committees start with the defaults of DOMAIN.md §2.2 and may change them; every rule cites its source.
/// </summary>
[Audited]
public sealed class MeetingRule : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private MeetingRule()
    {
    }

    public MeetingRule(Guid id, MeetingType meetingType, PeriodKind periodKind, int requiredCount, string citation) : base(id)
    {
        MeetingType = meetingType;
        PeriodKind = periodKind;
        RequiredCount = requiredCount;
        Citation = citation;
    }

    public Guid? TenantId { get; private set; }

    public MeetingType MeetingType { get; set; }

    public PeriodKind PeriodKind { get; set; }

    public int RequiredCount { get; set; }

    public List<OrganizationType> AppliesTo { get; set; } = [];

    /// <summary>Owed only in periods in which the organisation has a committee term running (支委会, Art. 12).</summary>
    public bool RequiresCommittee { get; set; }

    /// <summary>Only meetings whose speaker is the organisation's secretary count (the 党委 secretary's 党课, Art. 16).</summary>
    public bool RequiresSecretarySpeaker { get; set; }

    public bool IsEnabled { get; set; } = true;

    public string Citation { get; set; } = null!;

    public PlanRule ToPlanRule() =>
        new(Id, MeetingType, PeriodKind, RequiredCount, AppliesTo.ToHashSet(), RequiresCommittee, RequiresSecretarySpeaker, Citation);
}

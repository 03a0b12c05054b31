using PartyBuilding.Framework.Domain.Entities;
using PartyBuilding.Framework.Domain.Entities.Auditing;
using PartyBuilding.Framework.MultiTenancy;
using PartyBuilding.Framework.Timing;

namespace PartyBuilding.Meetings;

/// <summary>
/// A slot of a period's plan as the rules stood when the period began, written by the monthly plan job, so a
/// later change of the rules does not rewrite what was owed in the past. Whether the slot is exempt or filled is
/// still judged when it is read (an exemption or a meeting may be recorded late).
/// </summary>
public sealed class MeetingPlanSlot : Entity<Guid>, IMultiTenant, IHasCreationTime
{
    private MeetingPlanSlot()
    {
    }

    public MeetingPlanSlot(Guid id, Guid organizationId, SlotRequirement requirement) : base(id)
    {
        OrganizationId = organizationId;
        RuleId = requirement.RuleId;
        MeetingType = requirement.MeetingType;
        PeriodKind = requirement.Period.Kind;
        PeriodStart = requirement.Period.Start;
        PeriodKey = requirement.Period.Key;
        Sequence = requirement.Sequence;
        DueOn = requirement.DueOn;
        Citation = requirement.Citation;
        RequiresCommittee = requirement.RequiresCommittee;
        RequiresSecretarySpeaker = requirement.RequiresSecretarySpeaker;
    }

    public Guid? TenantId { get; private set; }

    public Guid OrganizationId { get; private set; }

    public Guid RuleId { get; private set; }

    public MeetingType MeetingType { get; private set; }

    public PeriodKind PeriodKind { get; private set; }

    public DateOnly PeriodStart { get; private set; }

    public string PeriodKey { get; private set; } = null!;

    public int Sequence { get; private set; }

    public DateOnly DueOn { get; private set; }

    public string Citation { get; private set; } = null!;

    public bool RequiresCommittee { get; private set; }

    public bool RequiresSecretarySpeaker { get; private set; }

    public DateTime CreationTime { get; private set; }

    public SlotRequirement ToRequirement() => new(
        RuleId, MeetingType, new Period(PeriodKind, PeriodStart), Sequence, DueOn, Citation, RequiresCommittee, RequiresSecretarySpeaker);
}

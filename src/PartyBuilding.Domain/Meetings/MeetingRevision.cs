using PartyBuilding.Framework.Auditing;
using PartyBuilding.Framework.Domain.Entities;
using PartyBuilding.Framework.Domain.Entities.Auditing;
using PartyBuilding.Framework.MultiTenancy;

namespace PartyBuilding.Meetings;

/// <summary>
/// One edit of a submitted meeting: who, when, why, and the record before and after as JSON. Written once and
/// never changed, so a report once handed in cannot be rewritten without a trace.
/// </summary>
public sealed class MeetingRevision : Entity<Guid>, IMultiTenant, ICreationAudited, IAppendOnly
{
    private MeetingRevision()
    {
    }

    public MeetingRevision(Guid id, Guid meetingId, string reason, string before, string after, string? userName) : base(id)
    {
        MeetingId = meetingId;
        Reason = reason;
        Before = before;
        After = after;
        UserName = userName;
    }

    public Guid? TenantId { get; private set; }

    public Guid MeetingId { get; private set; }

    public string Reason { get; private set; } = null!;

    public string Before { get; private set; } = null!;

    public string After { get; private set; } = null!;

    public string? UserName { get; private set; }

    public DateTime CreationTime { get; private set; }

    public Guid? CreatorId { get; private set; }
}

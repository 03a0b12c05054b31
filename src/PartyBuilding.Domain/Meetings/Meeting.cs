using PartyBuilding.Framework.Auditing;
using PartyBuilding.Framework.Domain.Entities;
using PartyBuilding.Framework.Domain.Entities.Auditing;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Framework.MultiTenancy;

namespace PartyBuilding.Meetings;

/// <summary>
/// A meeting an organisation held (三会一课, 主题党日 …): when, where, who attended, what was decided. Drafts are
/// the secretary's own; a submitted meeting counts for the plan and is locked: a later edit needs a reason and
/// leaves a <see cref="MeetingRevision"/>. The types it counts for are rows of their own and <see cref="HeldOn"/>
/// is stored in the committee's calendar, so counting meetings per organisation, type and period is plain SQL.
/// </summary>
[Audited]
public sealed class Meeting : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private readonly List<MeetingTypeEntry> _types = [];
    private readonly List<MeetingVenue> _venues = [];
    private readonly List<MeetingAttendee> _attendees = [];

    private Meeting()
    {
    }

    public Meeting(Guid id, Guid organizationId) : base(id)
    {
        OrganizationId = organizationId;
        Status = MeetingStatus.Draft;
    }

    public Guid? TenantId { get; private set; }

    public Guid OrganizationId { get; set; }

    public IReadOnlyList<MeetingTypeEntry> Types => _types;

    public DateTime StartsAt { get; private set; }

    public DateTime EndsAt { get; private set; }

    /// <summary>The committee-local date of <see cref="StartsAt"/>: 23:30 on 31 March in Beijing is March, not April 1 in UTC terms.</summary>
    public DateOnly HeldOn { get; private set; }

    public string? Place { get; set; }

    public MeetingMode Mode { get; set; }

    public IReadOnlyList<MeetingVenue> Venues => _venues;

    public string? HostName { get; set; }

    public Guid? HostMemberId { get; set; }

    public string? Topic { get; set; }

    public string? SpeakerName { get; set; }

    public Guid? SpeakerMemberId { get; set; }

    /// <summary>The organisation's secretary gave the lesson (the 党委 secretary's yearly 党课, 支部工作条例 Art. 16).</summary>
    public bool SpeakerIsSecretary { get; set; }

    public string? Agenda { get; set; }

    public string? Minutes { get; set; }

    public string? Resolutions { get; set; }

    /// <summary>Something was put to the vote, so the assembly's quorum applies (Art. 11).</summary>
    public bool HasVote { get; set; }

    public IReadOnlyList<MeetingAttendee> Attendees => _attendees;

    public MeetingStatus Status { get; private set; }

    public DateTime? SubmittedAt { get; private set; }

    public Guid? SubmittedById { get; private set; }

    public string? SubmittedByName { get; private set; }

    public bool IsLocked => Status == MeetingStatus.Submitted;

    /// <summary>Refuses with 409 <c>…:MeetingLocked</c> once the meeting is submitted.</summary>
    public void EnsureDraft()
    {
        if (IsLocked)
        {
            throw new BusinessException(PartyBuildingErrorCodes.Meetings.MeetingLocked, 409);
        }
    }

    public void Schedule(DateTime startsAt, DateTime endsAt, DateOnly heldOn)
    {
        StartsAt = startsAt;
        EndsAt = endsAt;
        HeldOn = heldOn;
    }

    public void ReplaceTypes(IEnumerable<MeetingType> types)
    {
        var wanted = types.Distinct().ToHashSet();
        _types.RemoveAll(t => !wanted.Contains(t.Type));
        foreach (var type in wanted.Where(w => _types.All(t => t.Type != w)))
        {
            _types.Add(new MeetingTypeEntry(Id, type));
        }
    }

    public void ReplaceVenues(IEnumerable<MeetingVenue> venues)
    {
        _venues.Clear();
        _venues.AddRange(venues);
    }

    public void ReplaceAttendees(IEnumerable<MeetingAttendee> attendees)
    {
        _attendees.Clear();
        _attendees.AddRange(attendees);
    }

    public void Submit(DateTime now, Guid? userId, string? userName)
    {
        Status = MeetingStatus.Submitted;
        SubmittedAt = now;
        SubmittedById = userId;
        SubmittedByName = userName;
    }
}

/// <summary>One type a meeting counts for; the key (meeting, type) keeps a type from counting twice.</summary>
public sealed class MeetingTypeEntry : IMultiTenant
{
    private MeetingTypeEntry()
    {
    }

    public MeetingTypeEntry(Guid meetingId, MeetingType type)
    {
        MeetingId = meetingId;
        Type = type;
    }

    public Guid? TenantId { get; private set; }

    public Guid MeetingId { get; private set; }

    public MeetingType Type { get; private set; }
}

/// <summary>A place of a hybrid meeting (主会场 and 分会场, e.g. village stations following the online lesson).</summary>
[Audited]
public sealed class MeetingVenue : Entity<Guid>, IMultiTenant
{
    private MeetingVenue()
    {
    }

    public MeetingVenue(Guid id, string name, bool isMain, int attendeeCount, int sortOrder) : base(id)
    {
        Name = name;
        IsMain = isMain;
        AttendeeCount = attendeeCount;
        SortOrder = sortOrder;
    }

    public Guid? TenantId { get; private set; }

    public Guid MeetingId { get; private set; }

    public string Name { get; private set; } = null!;

    public bool IsMain { get; private set; }

    public int AttendeeCount { get; private set; }

    public int SortOrder { get; private set; }
}

/// <summary>A member expected at the meeting, with whether they came and, when excused, why.</summary>
[Audited]
public sealed class MeetingAttendee : Entity<Guid>, IMultiTenant
{
    private MeetingAttendee()
    {
    }

    public MeetingAttendee(Guid id, Guid memberId, AttendanceStatus status, string? absenceReason) : base(id)
    {
        MemberId = memberId;
        Status = status;
        AbsenceReason = absenceReason;
    }

    public Guid? TenantId { get; private set; }

    public Guid MeetingId { get; private set; }

    public Guid MemberId { get; private set; }

    public AttendanceStatus Status { get; private set; }

    public string? AbsenceReason { get; private set; }
}

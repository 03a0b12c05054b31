using PartyBuilding.Framework.Auditing;
using PartyBuilding.Framework.Domain.Entities;
using PartyBuilding.Framework.Domain.Entities.Auditing;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Framework.MultiTenancy;

namespace PartyBuilding.Activities;

/// <summary>
/// A brand activity of an organisation (一支部一品牌 / 党建+), recorded by the branch and reviewed by the committee:
/// Draft → Submitted → Approved, or → Returned with the reviewer's comment → Submitted again. Only a draft or a
/// returned activity may change; an approved one is the record the statistics and assessments count.
/// </summary>
[Audited]
public sealed class Activity : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private readonly List<ActivityParticipant> _participants = [];
    private readonly List<ActivityReview> _reviews = [];

    private Activity()
    {
    }

    public Activity(Guid id, Guid organizationId) : base(id)
    {
        OrganizationId = organizationId;
        Status = ActivityStatus.Draft;
    }

    public Guid? TenantId { get; private set; }

    public Guid OrganizationId { get; set; }

    public string Title { get; set; } = null!;

    public DateTime StartsAt { get; private set; }

    public DateTime EndsAt { get; private set; }

    /// <summary>The committee-local day of <see cref="StartsAt"/>: the day that decides the activity's month, quarter and year.</summary>
    public DateOnly HeldOn { get; private set; }

    public string? Place { get; set; }

    public Guid CategoryId { get; set; }

    public ActivityRequirement Requirement { get; set; }

    public ActivityMode Mode { get; set; }

    /// <summary>The brand the activity builds (一支部一品牌), by default the organisation's.</summary>
    public string? BrandName { get; set; }

    /// <summary>People who took part without a member record here (the public, members of other units).</summary>
    public int OtherParticipantCount { get; set; }

    public decimal VolunteerHours { get; set; }

    public int PeopleServed { get; set; }

    public string? Outcome { get; set; }

    public ActivityStatus Status { get; private set; }

    public DateTime? SubmittedAt { get; private set; }

    public IReadOnlyList<ActivityParticipant> Participants => _participants;

    public IReadOnlyList<ActivityReview> Reviews => _reviews;

    public bool IsEditable => Status is ActivityStatus.Draft or ActivityStatus.Returned;

    public int ParticipantCount => _participants.Count + OtherParticipantCount;

    /// <summary>Refuses with 409 <c>…:ActivityLocked</c> once the activity is submitted or approved.</summary>
    public void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new BusinessException(PartyBuildingErrorCodes.Activities.ActivityLocked, 409);
        }
    }

    public void Schedule(DateTime startsAt, DateTime endsAt, DateOnly heldOn)
    {
        EnsureEditable();
        StartsAt = startsAt;
        EndsAt = endsAt;
        HeldOn = heldOn;
    }

    public void ReplaceParticipants(IEnumerable<ActivityParticipant> participants)
    {
        EnsureEditable();
        _participants.Clear();
        _participants.AddRange(participants);
    }

    public void Submit(DateTime now)
    {
        EnsureEditable();
        Status = ActivityStatus.Submitted;
        SubmittedAt = now;
    }

    /// <summary>Approves or returns a submitted activity; a return needs the comment that tells the branch what to revise.</summary>
    public void Review(ActivityReview review)
    {
        if (Status != ActivityStatus.Submitted)
        {
            throw new BusinessException(PartyBuildingErrorCodes.Activities.NotSubmitted, 409);
        }

        if (review.Decision == ActivityReviewDecision.Return && string.IsNullOrWhiteSpace(review.Comment))
        {
            throw new BusinessException(PartyBuildingErrorCodes.Activities.CommentRequired);
        }

        Status = review.Decision == ActivityReviewDecision.Approve ? ActivityStatus.Approved : ActivityStatus.Returned;
        _reviews.Add(review);
    }
}

/// <summary>A member of record who took part; the name is kept as it was, so the activity reads the same after a transfer.</summary>
public sealed class ActivityParticipant : Entity<Guid>, IMultiTenant
{
    private ActivityParticipant()
    {
    }

    public ActivityParticipant(Guid id, Guid memberId, string name) : base(id)
    {
        MemberId = memberId;
        Name = name;
    }

    public Guid? TenantId { get; private set; }

    public Guid ActivityId { get; private set; }

    public Guid MemberId { get; private set; }

    public string Name { get; private set; } = null!;
}

/// <summary>One decision of a reviewer on a submitted activity; the history of returns and the approval stays.</summary>
public sealed class ActivityReview : Entity<Guid>, IMultiTenant
{
    private ActivityReview()
    {
    }

    public ActivityReview(Guid id, ActivityReviewDecision decision, string? comment, Guid? reviewerId, string reviewerName, DateTime time)
        : base(id)
    {
        Decision = decision;
        Comment = comment;
        ReviewerId = reviewerId;
        ReviewerName = reviewerName;
        Time = time;
    }

    public Guid? TenantId { get; private set; }

    public Guid ActivityId { get; private set; }

    public ActivityReviewDecision Decision { get; private set; }

    public string? Comment { get; private set; }

    public Guid? ReviewerId { get; private set; }

    public string ReviewerName { get; private set; } = null!;

    public DateTime Time { get; private set; }
}

using PartyBuilding.Framework.Auditing;
using PartyBuilding.Framework.Domain.Entities;
using PartyBuilding.Framework.Domain.Entities.Auditing;
using PartyBuilding.Framework.MultiTenancy;

namespace PartyBuilding.Organizations;

/// <summary>
/// One term (届) of an organisation's committee (支部委员会, 党委 …): when it was elected, when it ends, and who
/// holds which post. A new election (换届) adds a term; past terms stay as history.
/// </summary>
[Audited]
public sealed class CommitteeTerm : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private readonly List<CommitteeMember> _members = [];

    private CommitteeTerm()
    {
    }

    public CommitteeTerm(Guid id, Guid organizationId, DateOnly startsOn, DateOnly endsOn) : base(id)
    {
        OrganizationId = organizationId;
        StartsOn = startsOn;
        EndsOn = endsOn;
    }

    public Guid? TenantId { get; private set; }

    public Guid OrganizationId { get; private set; }

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    public string? Notes { get; set; }

    public IReadOnlyList<CommitteeMember> Members => _members;

    public void ReplaceMembers(IEnumerable<CommitteeMember> members)
    {
        _members.Clear();
        _members.AddRange(members);
    }
}

/// <summary>A post on a committee term, held by a member of record or, for people not on file, by name.</summary>
public sealed class CommitteeMember : Entity<Guid>, IMultiTenant
{
    private CommitteeMember()
    {
    }

    public CommitteeMember(Guid id, CommitteePost post, string name, Guid? memberId, string? postTitle, int sortOrder) : base(id)
    {
        Post = post;
        Name = name;
        MemberId = memberId;
        PostTitle = postTitle;
        SortOrder = sortOrder;
    }

    public Guid? TenantId { get; private set; }

    public Guid TermId { get; private set; }

    public CommitteePost Post { get; private set; }

    /// <summary>The post's wording when it is not one of the standard posts (e.g. 青年委员 in a local variant).</summary>
    public string? PostTitle { get; private set; }

    public string Name { get; private set; } = null!;

    public Guid? MemberId { get; private set; }

    public int SortOrder { get; private set; }
}

namespace PartyBuilding.Organizations;

/// <summary>What other modules may ask of the organisation tree without reaching into it.</summary>
public interface IOrganizationLookup
{
    Task<bool> ExistsAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>
    /// The organisations that belonged to the committee at any time in [start, end] by their own joined and left
    /// dates, e.g. for a job that assesses the member organisations of a quarter.
    /// </summary>
    Task<IReadOnlyList<Guid>> GetMembersDuringAsync(DateOnly start, DateOnly end, CancellationToken cancellationToken = default);

    /// <summary>The current user's reach (a job or seed, which runs without a user, reaches the whole committee).</summary>
    Task<ReachScope> GetReachAsync(CancellationToken cancellationToken = default);

    /// <summary>An organisation the current user may act on: 404 when it does not exist, 403 <c>…:OutsideReach</c> outside the reach.</summary>
    Task<OrganizationInfo> GetWithinReachAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>
    /// The organisation a record names when it exists and lies in the current user's reach, else null: the record's
    /// module answers with its own 403 (<c>…:Meetings:OutsideReach</c>, <c>…:Activities:OutsideReach</c>).
    /// </summary>
    Task<OrganizationInfo?> FindWithinReachAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>
    /// The organisations in the current user's reach in tree order, narrowed to one organisation's subtree when
    /// <paramref name="subtreeOf"/> names one (404 or 403 for it as in <see cref="GetWithinReachAsync(Guid, CancellationToken)"/>).
    /// </summary>
    Task<IReadOnlyList<OrganizationInfo>> GetSubtreeWithinReachAsync(Guid? subtreeOf, CancellationToken cancellationToken = default);

    /// <summary>The named organisations that exist, whatever the reach (names for records already checked).</summary>
    Task<IReadOnlyList<OrganizationInfo>> GetManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default);

    /// <summary>The committee terms of these organisations that run at any time in [from, to].</summary>
    Task<IReadOnlyList<CommitteeTermInfo>> GetCommitteeTermsAsync(
        IReadOnlyCollection<Guid> organizationIds, DateOnly from, DateOnly to, CancellationToken cancellationToken = default);
}

/// <summary>
/// An organisation as other modules see it: its place in the tree, the dates of its membership and its brand
/// (一支部一品牌).
/// </summary>
public sealed record OrganizationInfo(
    Guid Id,
    Guid? ParentId,
    string Path,
    OrganizationType Type,
    string Name,
    DateOnly? EstablishedOn,
    DateOnly? JoinedOn,
    DateOnly? LeftOn,
    DateOnly? EndsOn,
    string? BrandName)
{
    public int Depth => Path.Length / OrganizationConsts.PathSegmentLength;
}

/// <summary>A committee term and the member records holding its posts (posts held by people not on file have none).</summary>
public sealed record CommitteeTermInfo(
    Guid OrganizationId, DateOnly StartsOn, DateOnly EndsOn, int MemberCount, IReadOnlyList<Guid> MemberIds);

/// <summary>
/// How far the current user reaches into the committee's tree: all of it (officers, and system work such as
/// seeding and jobs, which run without a user), the subtree of the organisation on their account (a branch
/// secretary), or nothing but their own member record.
/// </summary>
public sealed record ReachScope(bool IsWholeCommittee, string? SubtreePath, Guid? OwnMemberId)
{
    public static readonly ReachScope WholeCommittee = new(true, null, null);

    /// <summary>Whether an organisation with this path lies inside the reach.</summary>
    public bool Covers(string path) =>
        IsWholeCommittee || (SubtreePath is not null && path.StartsWith(SubtreePath, StringComparison.Ordinal));
}

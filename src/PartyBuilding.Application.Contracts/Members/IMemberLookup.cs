namespace PartyBuilding.Members;

public interface IMemberLookup
{
    Task<bool> ExistsAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>
    /// The names of those of <paramref name="memberIds"/> whose records are placed in the organisation or under
    /// it (for a party group: placed in the group); the others are absent from the answer.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, string>> GetNamesInSubtreeAsync(
        Guid organizationId, IReadOnlyCollection<Guid> memberIds, CancellationToken cancellationToken = default);

    /// <summary>The named member records of the committee that exist (deleted ones are not returned).</summary>
    Task<IReadOnlyList<MemberInfo>> GetManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default);
}

/// <summary>A member record as other modules see it: where it is placed and whether the person votes (正式党员).</summary>
public sealed record MemberInfo(Guid Id, string Name, Guid OrganizationId, Guid? PartyGroupId, bool IsFullMember);

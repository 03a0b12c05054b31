namespace PartyBuilding.Members;

/// <summary>What other modules may ask of the member records without reaching into them.</summary>
public interface IMemberLookup
{
    Task<bool> ExistsAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>
    /// The names of those of <paramref name="memberIds"/> whose records are placed in the organisation or under
    /// it (for a party group: placed in the group); the others are absent from the answer.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, string>> GetNamesInSubtreeAsync(
        Guid organizationId, IReadOnlyCollection<Guid> memberIds, CancellationToken cancellationToken = default);
}

namespace PartyBuilding.Members;

/// <summary>What other modules may ask of the member records without reaching into them.</summary>
public interface IMemberLookup
{
    Task<bool> ExistsAsync(Guid id, CancellationToken cancellationToken = default);
}

namespace PartyBuilding.Organizations;

/// <summary>What other modules may ask of the organisation tree without reaching into it.</summary>
public interface IOrganizationLookup
{
    Task<bool> ExistsAsync(Guid id, CancellationToken cancellationToken = default);
}

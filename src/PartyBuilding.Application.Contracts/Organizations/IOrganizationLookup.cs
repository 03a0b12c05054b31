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
}

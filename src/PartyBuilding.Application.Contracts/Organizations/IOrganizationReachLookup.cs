namespace PartyBuilding.Organizations;

/// <summary>
/// The current user's reach over the organisation tree, for modules whose records belong to an organisation
/// (meetings, activities): the same answers as the organisations' own routes, 404 for an unknown id and 403
/// <c>PartyBuilding:Organizations:OutsideReach</c> outside the reach.
/// </summary>
public interface IOrganizationReachLookup
{
    /// <summary>The organisation when it exists and lies in the reach.</summary>
    Task<OrganizationSummary> GetWithinReachAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Whether an organisation exists and lies in the reach, for records that name it (no exception).</summary>
    Task<bool> CoversAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>
    /// The organisations in the reach in tree order, narrowed to <paramref name="subtreeOf"/> and everything under
    /// it when given (itself checked like <see cref="GetWithinReachAsync"/>).
    /// </summary>
    Task<IReadOnlyList<OrganizationSummary>> ListWithinReachAsync(Guid? subtreeOf, CancellationToken cancellationToken = default);
}

/// <summary>What another module shows of an organisation: its name, kind, place and brand (一支部一品牌).</summary>
public sealed record OrganizationSummary(Guid Id, Guid? ParentId, string Name, OrganizationType Type, int Depth, string? BrandName);

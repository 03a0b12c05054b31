namespace PartyBuilding.Organizations;

/// <summary>Active records placed directly in an organisation (for a party group: in the group), by category.</summary>
public sealed record OrganizationMemberCount(int FullMembers, int ProbationaryMembers, int Others)
{
    public static readonly OrganizationMemberCount None = new(0, 0, 0);

    public int PartyMembers => FullMembers + ProbationaryMembers;

    public int Total => PartyMembers + Others;
}

/// <summary>
/// Published by the member records so the organisation tree can apply the set-up rules and refuse to delete an
/// organisation that still has people, without reaching into the member tables.
/// </summary>
public interface IOrganizationMemberCounter
{
    Task<IReadOnlyDictionary<Guid, OrganizationMemberCount>> CountAsync(
        IReadOnlyCollection<Guid> organizationIds, CancellationToken cancellationToken = default);
}

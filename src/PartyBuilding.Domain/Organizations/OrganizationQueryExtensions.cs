namespace PartyBuilding.Organizations;

public static class OrganizationQueryExtensions
{
    /// <summary>
    /// The organisation with this path and everything under it: a prefix match on the indexed path column, so the
    /// cost does not grow with the depth of the tree.
    /// </summary>
    public static IQueryable<Organization> WhereInSubtree(this IQueryable<Organization> organizations, string path) =>
        organizations.Where(o => o.Path.StartsWith(path));

    /// <summary>
    /// The organisations that belonged to the committee at any time in [start, end] (effective dating by
    /// <see cref="Organization.JoinedOn"/> and <see cref="Organization.LeftOn"/>); the query form of
    /// <see cref="Organization.IsMemberDuring"/>.
    /// </summary>
    public static IQueryable<Organization> WhereMemberDuring(this IQueryable<Organization> organizations, DateOnly start, DateOnly end) =>
        organizations.Where(o => (o.JoinedOn == null || o.JoinedOn <= end) && (o.LeftOn == null || o.LeftOn >= start));
}

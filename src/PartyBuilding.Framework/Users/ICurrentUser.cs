using System.Security.Claims;

namespace PartyBuilding.Framework.Users;

public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    Guid? Id { get; }

    string? UserName { get; }

    /// <summary>The committee the user belongs to (null for host users), from the authenticated principal.</summary>
    Guid? TenantId { get; }

    IReadOnlyList<string> Roles { get; }

    /// <summary>
    /// The party organisation whose subtree a branch secretary manages; null when the user's reach is not
    /// limited to one organisation.
    /// </summary>
    Guid? OrganizationId { get; }

    /// <summary>The user's own member record, when the user is a party member of the committee.</summary>
    Guid? MemberId { get; }

    ClaimsPrincipal? Principal { get; }
}

/// <summary>Claim types the platform adds to the Identity principal.</summary>
public static class PartyBuildingClaimTypes
{
    public const string TenantId = "pb_tenant";
    public const string Name = "pb_name";
    public const string OrganizationId = "pb_org";
    public const string MemberId = "pb_member";
}

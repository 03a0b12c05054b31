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

    ClaimsPrincipal? Principal { get; }
}

/// <summary>Claim types the platform adds to the Identity principal.</summary>
public static class PartyBuildingClaimTypes
{
    public const string TenantId = "pb_tenant";
    public const string Name = "pb_name";
}

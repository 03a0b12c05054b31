using System.Security.Claims;

namespace PartyBuilding.Framework.Users;

/// <summary>Reads the user from a principal supplied by the host (the HTTP context, or a job's system user).</summary>
public sealed class CurrentUser(ICurrentPrincipalAccessor principalAccessor) : ICurrentUser
{
    public ClaimsPrincipal? Principal => principalAccessor.Principal;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public Guid? Id => Guid.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string? UserName => Principal?.FindFirstValue(ClaimTypes.Name);

    public Guid? TenantId =>
        Guid.TryParse(Principal?.FindFirstValue(PartyBuildingClaimTypes.TenantId), out var id) ? id : null;

    public IReadOnlyList<string> Roles =>
        Principal?.FindAll(ClaimTypes.Role).Select(c => c.Value).ToArray() ?? [];
}

public interface ICurrentPrincipalAccessor
{
    ClaimsPrincipal? Principal { get; }
}

using System.Security.Claims;

namespace PartyBuilding.Framework.Users;

/// <summary>Reads the user from a principal supplied by the host (the HTTP context, or a job's system user).</summary>
public sealed class CurrentUser(ICurrentPrincipalAccessor principalAccessor) : ICurrentUser
{
    public ClaimsPrincipal? Principal => SystemUser.IsActing ? SystemUser.Principal : principalAccessor.Principal;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public Guid? Id => Guid.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string? UserName => Principal?.FindFirstValue(ClaimTypes.Name);

    public Guid? TenantId => GuidClaim(PartyBuildingClaimTypes.TenantId);

    public Guid? OrganizationId => GuidClaim(PartyBuildingClaimTypes.OrganizationId);

    public Guid? MemberId => GuidClaim(PartyBuildingClaimTypes.MemberId);

    public IReadOnlyList<string> Roles =>
        Principal?.FindAll(ClaimTypes.Role).Select(c => c.Value).ToArray() ?? [];

    private Guid? GuidClaim(string type) => Guid.TryParse(Principal?.FindFirstValue(type), out var id) ? id : null;
}

public interface ICurrentPrincipalAccessor
{
    ClaimsPrincipal? Principal { get; }
}

using System.Security.Claims;
using PartyBuilding.Framework.MultiTenancy;
using PartyBuilding.Framework.Users;

namespace PartyBuilding.Framework.Authorization.Permissions;

/// <summary>Grants per role, stored in the database. Implementations cache them; a check must stay cheap.</summary>
public interface IPermissionGrantStore
{
    /// <summary>The permissions granted to any of <paramref name="roleNames"/> of the given tenant (null = host).</summary>
    Task<IReadOnlySet<string>> GetGrantedPermissionsAsync(
        Guid? tenantId, IReadOnlyCollection<string> roleNames, CancellationToken cancellationToken = default);
}

public interface IPermissionChecker
{
    Task<bool> IsGrantedAsync(ClaimsPrincipal principal, string permissionName, CancellationToken cancellationToken = default);

    /// <summary>All permissions the principal holds in the current tenant context (menus are built from them).</summary>
    Task<IReadOnlyList<string>> GetGrantedAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default);
}

/// <summary>
/// A permission is granted when one of the user's roles holds it and it fits the side the request runs on:
/// host-side permissions never work inside a committee and committee-side ones never in the host context.
/// A host user acting inside a committee (through <c>__tenant</c>) keeps the grants of its host roles.
/// </summary>
public sealed class PermissionChecker(
    IPermissionDefinitionManager definitions,
    IPermissionGrantStore grantStore,
    ICurrentTenant currentTenant) : IPermissionChecker
{
    public async Task<bool> IsGrantedAsync(ClaimsPrincipal principal, string permissionName, CancellationToken cancellationToken = default)
    {
        var definition = definitions.Find(permissionName);
        if (definition is null || !definition.FitsSideOf(currentTenant) || principal.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        var granted = await GrantsOfAsync(principal, cancellationToken);
        return definition.SelfAndAncestors().All(p => granted.Contains(p.Name));
    }

    public async Task<IReadOnlyList<string>> GetGrantedAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            return [];
        }

        var granted = await GrantsOfAsync(principal, cancellationToken);
        return definitions.GetAll()
            .Where(p => p.FitsSideOf(currentTenant) && p.SelfAndAncestors().All(a => granted.Contains(a.Name)))
            .Select(p => p.Name)
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    private Task<IReadOnlySet<string>> GrantsOfAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var userTenant = Guid.TryParse(principal.FindFirstValue(PartyBuildingClaimTypes.TenantId), out var id) ? id : (Guid?)null;
        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToArray();
        return grantStore.GetGrantedPermissionsAsync(userTenant, roles, cancellationToken);
    }
}

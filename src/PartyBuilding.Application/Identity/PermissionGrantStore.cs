using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Framework.Authorization.Permissions;
using PartyBuilding.Framework.MultiTenancy;

namespace PartyBuilding.Identity;

/// <summary>
/// Role grants per tenant, loaded with one query and cached, so an authorized request costs no query once warm.
/// Changing a role's grants, renaming or deleting a role invalidates the tenant's entry.
/// </summary>
public sealed class PermissionGrantStore(
    IMemoryCache cache,
    IServiceScopeFactory scopeFactory,
    ICurrentTenant currentTenant) : IPermissionGrantStore
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public async Task<IReadOnlySet<string>> GetGrantedPermissionsAsync(
        Guid? tenantId, IReadOnlyCollection<string> roleNames, CancellationToken cancellationToken = default)
    {
        var grantsByRole = await GetTenantGrantsAsync(tenantId, cancellationToken);
        var granted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var role in roleNames)
        {
            if (grantsByRole.TryGetValue(role, out var permissions))
            {
                granted.UnionWith(permissions);
            }
        }

        return granted;
    }

    public void Invalidate(Guid? tenantId) => cache.Remove(Key(tenantId));

    private async Task<IReadOnlyDictionary<string, string[]>> GetTenantGrantsAsync(Guid? tenantId, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(Key(tenantId), out IReadOnlyDictionary<string, string[]>? cached))
        {
            return cached!;
        }

        // A host user acting inside a committee holds host roles: read them in the host's own scope.
        using var tenantScope = currentTenant.Change(tenantId);
        using var scope = scopeFactory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IIdentityDbContext>();
        var rows = await db.PermissionGrants.AsNoTracking()
            .Join(db.Roles, g => g.RoleId, r => r.Id, (g, r) => new { r.Name, g.PermissionName })
            .ToListAsync(cancellationToken);
        IReadOnlyDictionary<string, string[]> grants = rows
            .GroupBy(r => r.Name!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r.PermissionName).ToArray(), StringComparer.Ordinal);
        cache.Set(Key(tenantId), grants, Lifetime);
        return grants;
    }

    private static string Key(Guid? tenantId) => $"grants:{tenantId?.ToString() ?? "host"}";
}

using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PartyBuilding.Framework.MultiTenancy;
using PartyBuilding.Framework.Users;

namespace PartyBuilding.Identity;

/// <summary>
/// Decides on every request whether a session cookie or bearer token still stands: its user must exist, be
/// active and carry the security stamp the token was issued with. Signing out, deactivating a user, changing
/// their roles or password all change the stamp, so old cookies and tokens stop working even if replayed.
/// The stamp is cached briefly per node; changes made on this node invalidate it at once.
/// </summary>
public sealed class SessionValidator(
    IMemoryCache cache,
    IServiceScopeFactory scopeFactory,
    ICurrentTenant currentTenant,
    IOptions<IdentityOptions> identityOptions)
{
    /// <summary>How late another node may notice a revoked session: the price of no query per request.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public async Task<bool> IsValidAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return false;
        }

        var tenantId = Guid.TryParse(principal.FindFirstValue(PartyBuildingClaimTypes.TenantId), out var id) ? id : (Guid?)null;
        var stamp = principal.FindFirstValue(identityOptions.Value.ClaimsIdentity.SecurityStampClaimType);
        var current = await CurrentStateAsync(tenantId, userId, cancellationToken);
        return current is { IsActive: true } && stamp is not null && string.Equals(stamp, current.SecurityStamp, StringComparison.Ordinal);
    }

    public void Invalidate(Guid? tenantId, Guid userId) => cache.Remove(Key(tenantId, userId));

    private async Task<UserState?> CurrentStateAsync(Guid? tenantId, Guid userId, CancellationToken cancellationToken)
    {
        var key = Key(tenantId, userId);
        if (cache.TryGetValue(key, out UserState? cached))
        {
            return cached;
        }

        using var tenantScope = currentTenant.Change(tenantId);
        using var scope = scopeFactory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IIdentityDbContext>();
        var state = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new UserState(u.SecurityStamp, u.IsActive))
            .FirstOrDefaultAsync(cancellationToken);
        cache.Set(key, state, Lifetime);
        return state;
    }

    private static string Key(Guid? tenantId, Guid userId) => $"session:{tenantId?.ToString() ?? "host"}:{userId}";

    private sealed record UserState(string? SecurityStamp, bool IsActive);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Framework.MultiTenancy;

namespace PartyBuilding.Tenancy;

/// <summary>
/// Committee lookups for every request and job, cached in memory. Entries expire after a few minutes so that a
/// change made on another node is seen soon; changes made here invalidate at once.
/// </summary>
public sealed class TenantStore(IMemoryCache cache, IServiceScopeFactory scopeFactory) : ITenantStore
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    /// <summary>Unknown codes are remembered briefly, so a flood of guesses does not become a flood of queries.</summary>
    private static readonly TimeSpan MissLifetime = TimeSpan.FromSeconds(10);

    public Task<TenantConfiguration?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetOrLoadAsync(IdKey(id), t => t.Id == id, cancellationToken);

    public Task<TenantConfiguration?> FindByCodeAsync(string code, CancellationToken cancellationToken = default)
    {
        var normalized = code.Trim().ToLowerInvariant();
        return GetOrLoadAsync(CodeKey(normalized), t => t.Code == normalized, cancellationToken);
    }

    public async Task<IReadOnlyList<TenantConfiguration>> GetActiveTenantsAsync(CancellationToken cancellationToken = default)
    {
        using var scope = scopeFactory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ITenancyDbContext>();
        var tenants = await db.Tenants.AsNoTracking().Where(t => t.IsActive).OrderBy(t => t.Code).ToListAsync(cancellationToken);
        return tenants.Select(t => t.ToConfiguration()).ToList();
    }

    public void Invalidate(Guid id, string code)
    {
        cache.Remove(IdKey(id));
        cache.Remove(CodeKey(code));
    }

    private async Task<TenantConfiguration?> GetOrLoadAsync(
        string key, System.Linq.Expressions.Expression<Func<Tenant, bool>> predicate, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(key, out TenantConfiguration? cached))
        {
            return cached;
        }

        using var scope = scopeFactory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ITenancyDbContext>();
        var tenant = await db.Tenants.AsNoTracking().Where(predicate).FirstOrDefaultAsync(cancellationToken);
        var configuration = tenant?.ToConfiguration();
        cache.Set(key, configuration, configuration is null ? MissLifetime : Lifetime);
        return configuration;
    }

    private static string IdKey(Guid id) => $"tenant:id:{id}";

    private static string CodeKey(string code) => $"tenant:code:{code}";
}

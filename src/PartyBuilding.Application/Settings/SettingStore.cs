using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Framework.MultiTenancy;
using PartyBuilding.Framework.Settings;

namespace PartyBuilding.Settings;

/// <summary>
/// The current committee's setting values, loaded once per committee and cached; a change made here
/// invalidates at once, one made on another node is seen within the cache lifetime.
/// </summary>
public sealed class SettingStore(
    IMemoryCache cache,
    IServiceScopeFactory scopeFactory,
    ICurrentTenant currentTenant,
    ISettingDefinitionManager definitions) : ISettingProvider
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    public async Task<int> GetIntAsync(string name, CancellationToken cancellationToken = default)
    {
        var definition = definitions.Get(name);
        var values = await GetValuesAsync(cancellationToken);
        return values.TryGetValue(name, out var stored) && SettingValueFormat.Parse(stored) is { } value
            ? value
            : definition.DefaultValue;
    }

    public async Task<IReadOnlyDictionary<string, string>> GetValuesAsync(CancellationToken cancellationToken)
    {
        var key = CacheKey(currentTenant.Id);
        if (cache.TryGetValue(key, out IReadOnlyDictionary<string, string>? cached) && cached is not null)
        {
            return cached;
        }

        using var scope = scopeFactory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ISettingsDbContext>();
        IReadOnlyDictionary<string, string> values = await db.SettingValues.AsNoTracking()
            .ToDictionaryAsync(v => v.Name, v => v.Value, StringComparer.Ordinal, cancellationToken);
        cache.Set(key, values, Lifetime);
        return values;
    }

    public void Invalidate(Guid? tenantId) => cache.Remove(CacheKey(tenantId));

    private static string CacheKey(Guid? tenantId) => $"settings:{tenantId?.ToString("N") ?? "host"}";
}

namespace PartyBuilding.Framework.MultiTenancy;

/// <summary>What the request pipeline and the jobs need to know about a committee, cached in memory.</summary>
public sealed record TenantConfiguration(Guid Id, string Code, string Name, string TimeZone, bool IsActive, DateTime CreationTime);

/// <summary>Looks committees up by id or code. Implementations cache, because every request asks.</summary>
public interface ITenantStore
{
    Task<TenantConfiguration?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    Task<TenantConfiguration?> FindByCodeAsync(string code, CancellationToken cancellationToken = default);

    /// <summary>The committees whose jobs run, read fresh from the database (jobs ask once a minute).</summary>
    Task<IReadOnlyList<TenantConfiguration>> GetActiveTenantsAsync(CancellationToken cancellationToken = default);

    /// <summary>Drops cached entries after a committee changes, so deactivation takes effect at once.</summary>
    void Invalidate(Guid id, string code);
}

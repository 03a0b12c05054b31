using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Framework.MultiTenancy;

namespace PartyBuilding.Framework.Data.Seeding;

/// <summary>What to seed: the host (null tenant) or one committee, plus optional values such as its admin's name.</summary>
public sealed class DataSeedContext(Guid? tenantId)
{
    public const string AdminUserName = nameof(AdminUserName);
    public const string AdminPassword = nameof(AdminPassword);

    private readonly Dictionary<string, string?> _properties = [];

    public Guid? TenantId { get; } = tenantId;

    public string? this[string name] => _properties.GetValueOrDefault(name);

    public DataSeedContext With(string name, string? value)
    {
        _properties[name] = value;
        return this;
    }
}

/// <summary>A module's seed step. Steps run in <see cref="Order"/> and must be idempotent: seeding runs on every migration.</summary>
public interface IDataSeedContributor
{
    int Order => 0;

    Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken);
}

public interface IDataSeeder
{
    Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default);
}

/// <summary>Runs every contributor inside the context's tenant scope, as ABP's DbMigrator does per tenant.</summary>
public sealed class DataSeeder(IServiceProvider services, ICurrentTenant currentTenant) : IDataSeeder
{
    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        using var tenantScope = currentTenant.Change(context.TenantId);
        foreach (var contributor in services.GetServices<IDataSeedContributor>().OrderBy(c => c.Order))
        {
            await contributor.SeedAsync(context, cancellationToken);
        }
    }
}

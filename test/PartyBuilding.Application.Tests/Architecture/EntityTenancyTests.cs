using Microsoft.EntityFrameworkCore;
using PartyBuilding.EntityFrameworkCore;
using PartyBuilding.Framework.Data;
using PartyBuilding.Framework.MultiTenancy;
using Shouldly;
using Xunit;

namespace PartyBuilding.Architecture;

/// <summary>
/// Tenant isolation is the default: an entity is either owned by a committee (and filtered by it) or
/// explicitly host-level. An entity that is neither would be readable by every committee, silently.
/// </summary>
public sealed class EntityTenancyTests
{
    private static readonly Microsoft.EntityFrameworkCore.Metadata.IModel Model = BuildModel();

    [Fact]
    public void Should_declare_every_entity_either_tenant_owned_or_host_level()
    {
        var undeclared = Model.GetEntityTypes()
            .Where(t => !t.IsOwned())
            .Select(t => t.ClrType)
            .Where(t => typeof(IMultiTenant).IsAssignableFrom(t) == typeof(IHostEntity).IsAssignableFrom(t))
            .Select(t => t.FullName)
            .ToList();

        undeclared.ShouldBeEmpty("each entity implements exactly one of IMultiTenant and IHostEntity");
    }

    [Fact]
    public void Should_filter_every_tenant_owned_entity_by_the_named_tenant_filter()
    {
        foreach (var entityType in Model.GetEntityTypes().Where(t => typeof(IMultiTenant).IsAssignableFrom(t.ClrType)))
        {
            entityType.GetDeclaredQueryFilters().Select(f => f.Key).ShouldContain(DataFilters.MultiTenant, entityType.ClrType.Name);
        }
    }

    [Fact]
    public void Should_filter_soft_deleted_rows_by_a_separate_named_filter()
    {
        foreach (var entityType in Model.GetEntityTypes().Where(t => typeof(ISoftDelete).IsAssignableFrom(t.ClrType)))
        {
            entityType.GetDeclaredQueryFilters().Select(f => f.Key).ShouldContain(DataFilters.SoftDelete, entityType.ClrType.Name);
        }
    }

    private static Microsoft.EntityFrameworkCore.Metadata.IModel BuildModel()
    {
        var options = new DbContextOptionsBuilder<PartyBuildingDbContext>();
        options.UsePartyBuildingProvider(DatabaseProvider.Sqlite, "Data Source=:memory:");
        using var context = new PartyBuildingDbContext(options.Options, new CurrentTenant());
        return context.Model;
    }
}

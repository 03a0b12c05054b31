using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.EntityFrameworkCore;
using PartyBuilding.Framework.Data;
using PartyBuilding.Identity;
using PartyBuilding.Tenancy;
using PartyBuilding.Testing;
using Shouldly;
using Xunit;

namespace PartyBuilding.Data;

/// <summary>The soft-delete and tenant filters are named, so either can be lifted while the other stays in force.</summary>
public abstract class DataFilterTests(PlatformFixture fixture)
{
    [Fact]
    public async Task Should_hide_a_soft_deleted_committee_and_show_it_When_only_the_soft_delete_filter_is_lifted()
    {
        var code = $"gone{Guid.NewGuid():N}"[..16];
        var committee = await fixture.CreateCommitteeAsync(code);
        await fixture.InTenantAsync(null, sp => sp.GetRequiredService<ITenantAppService>().DeleteAsync(committee.Id));

        await fixture.InTenantAsync(null, async sp =>
        {
            var db = sp.GetRequiredService<PartyBuildingDbContext>();
            (await db.Tenants.AnyAsync(t => t.Id == committee.Id)).ShouldBeFalse();
            var deleted = await db.Tenants.IgnoreQueryFilters([DataFilters.SoftDelete]).SingleAsync(t => t.Id == committee.Id);
            deleted.IsDeleted.ShouldBeTrue();
            deleted.DeletionTime.ShouldBe(fixture.Clock.GetUtcNow().UtcDateTime);
            deleted.Code.ShouldBe(code, "the row is kept, only marked");
        });
    }

    [Fact]
    public async Task Should_keep_tenant_isolation_When_the_soft_delete_filter_is_lifted()
    {
        var a = await fixture.CreateCommitteeAsync($"fa{Guid.NewGuid():N}"[..16]);
        var b = await fixture.CreateCommitteeAsync($"fb{Guid.NewGuid():N}"[..16]);

        var visible = await fixture.InTenantAsync(a.Id, sp => sp.GetRequiredService<PartyBuildingDbContext>().Users
            .IgnoreQueryFilters([DataFilters.SoftDelete]).Select(u => u.TenantId).Distinct().ToListAsync());

        visible.ShouldBe([a.Id]);
        visible.ShouldNotContain(b.Id);
    }

    [Fact]
    public async Task Should_see_every_committees_rows_only_When_the_tenant_filter_is_lifted()
    {
        var a = await fixture.CreateCommitteeAsync($"ga{Guid.NewGuid():N}"[..16]);
        var b = await fixture.CreateCommitteeAsync($"gb{Guid.NewGuid():N}"[..16]);

        var tenantsOfAdmins = await fixture.InTenantAsync(null, sp => sp.GetRequiredService<PartyBuildingDbContext>().Users
            .IgnoreQueryFilters([DataFilters.MultiTenant])
            .Where(u => u.UserName == $"{a.Code}.admin" || u.UserName == $"{b.Code}.admin")
            .Select(u => u.TenantId).ToListAsync());

        tenantsOfAdmins.ShouldBe([a.Id, b.Id], ignoreOrder: true);
        var hostView = await fixture.InTenantAsync(null, sp => sp.GetRequiredService<PartyBuildingDbContext>().Users
            .Where(u => u.UserName == $"{a.Code}.admin").CountAsync());
        hostView.ShouldBe(0, "the host context sees host rows only");
    }
}

public sealed class DataFilterTestsOnSqlite(SqliteFixture fixture) : DataFilterTests(fixture), IClassFixture<SqliteFixture>;

public sealed class DataFilterTestsOnPostgreSql(PostgreSqlFixture fixture) : DataFilterTests(fixture), IClassFixture<PostgreSqlFixture>;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.EntityFrameworkCore;
using PartyBuilding.Framework.Data;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Framework.MultiTenancy;
using PartyBuilding.Identity;
using PartyBuilding.Testing;
using Shouldly;
using Xunit;

namespace PartyBuilding.MultiTenancy;

/// <summary>Committee A never reads, changes or deletes committee B's rows through the application services.</summary>
public abstract class TenantIsolationTests(PlatformFixture fixture) : IAsyncLifetime
{
    private Guid _committeeA;
    private Guid _committeeB;
    private Guid _userOfB;

    public async Task InitializeAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        _committeeA = (await fixture.CreateCommitteeAsync($"a{suffix}")).Id;
        _committeeB = (await fixture.CreateCommitteeAsync($"b{suffix}")).Id;
        await fixture.CreateUserAsync(_committeeA, "alice", RoleNames.CommitteeOfficer);
        _userOfB = (await fixture.CreateUserAsync(_committeeB, "bob", RoleNames.CommitteeOfficer)).Id;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_list_only_own_users_When_two_committees_have_users_of_the_same_shape()
    {
        var names = await fixture.InTenantAsync(_committeeA, async sp =>
            (await sp.GetRequiredService<IUserAppService>().GetListAsync(new GetUserListInput { MaxResultCount = 1000 }))
            .Items.Select(u => u.UserName).ToList());

        names.ShouldContain("alice");
        names.ShouldNotContain("bob");
    }

    [Fact]
    public async Task Should_not_find_get_update_or_delete_another_committees_user()
    {
        await fixture.InTenantAsync(_committeeA, async sp =>
        {
            var users = sp.GetRequiredService<IUserAppService>();
            await Should.ThrowAsync<EntityNotFoundException>(() => users.GetAsync(_userOfB));
            await Should.ThrowAsync<EntityNotFoundException>(() => users.UpdateAsync(_userOfB, new UpdateUserDto
            {
                Name = "hijacked",
                ConcurrencyStamp = "x",
            }));
            await Should.ThrowAsync<EntityNotFoundException>(() => users.DeleteAsync(_userOfB));
        });

        var stillThere = await fixture.InTenantAsync(_committeeB, sp => sp.GetRequiredService<IUserAppService>().GetAsync(_userOfB));
        stillThere.Name.ShouldBe("bob");
    }

    [Fact]
    public async Task Should_refuse_a_write_to_another_committees_row_even_when_code_bypasses_the_filter()
    {
        var error = await Should.ThrowAsync<CrossTenantWriteException>(() => fixture.InTenantAsync(_committeeA, async sp =>
        {
            var db = sp.GetRequiredService<PartyBuildingDbContext>();
            var foreign = await db.Users.IgnoreQueryFilters([DataFilters.MultiTenant]).SingleAsync(u => u.Id == _userOfB);
            foreign.Name = "changed by A";
            await db.SaveChangesAsync();
        }));
        error.Code.ShouldBe(FrameworkErrorCodes.CrossTenantWrite);

        await Should.ThrowAsync<CrossTenantWriteException>(() => fixture.InTenantAsync(_committeeA, async sp =>
        {
            var db = sp.GetRequiredService<PartyBuildingDbContext>();
            var foreign = await db.Users.IgnoreQueryFilters([DataFilters.MultiTenant]).SingleAsync(u => u.Id == _userOfB);
            db.Users.Remove(foreign);
            await db.SaveChangesAsync();
        }));

        var name = await fixture.InTenantAsync(_committeeB, sp => sp.GetRequiredService<IUserAppService>().GetAsync(_userOfB));
        name.Name.ShouldBe("bob");
    }

    [Fact]
    public async Task Should_refuse_a_host_context_write_to_a_committee_row()
    {
        await Should.ThrowAsync<CrossTenantWriteException>(() => fixture.InTenantAsync(null, async sp =>
        {
            var db = sp.GetRequiredService<PartyBuildingDbContext>();
            var foreign = await db.Users.IgnoreQueryFilters([DataFilters.MultiTenant]).SingleAsync(u => u.Id == _userOfB);
            foreign.Name = "changed by host without Change()";
            await db.SaveChangesAsync();
        }));
    }

    [Fact]
    public async Task Should_stamp_new_rows_with_the_current_committee()
    {
        var tenantOfNewUser = await fixture.InTenantAsync(_committeeA, async sp =>
        {
            var created = await sp.GetRequiredService<IUserAppService>().CreateAsync(new CreateUserDto
            {
                UserName = "carol",
                Name = "carol",
                Password = PlatformFixture.UserPassword,
            });
            var db = sp.GetRequiredService<PartyBuildingDbContext>();
            return (await db.Users.AsNoTracking().SingleAsync(u => u.Id == created.Id)).TenantId;
        });

        tenantOfNewUser.ShouldBe(_committeeA);
    }
}

public sealed class TenantIsolationTestsOnSqlite(SqliteFixture fixture)
    : TenantIsolationTests(fixture), IClassFixture<SqliteFixture>;

public sealed class TenantIsolationTestsOnPostgreSql(PostgreSqlFixture fixture)
    : TenantIsolationTests(fixture), IClassFixture<PostgreSqlFixture>;

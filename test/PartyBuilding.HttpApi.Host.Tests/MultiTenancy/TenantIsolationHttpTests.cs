using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Identity;
using PartyBuilding.Support;
using PartyBuilding.Tenancy;
using PartyBuilding.Testing;
using Shouldly;
using Xunit;

namespace PartyBuilding.MultiTenancy;

/// <summary>
/// Committee A's admin, through the HTTP API, never reads, changes or deletes committee B's users and roles, and
/// cannot switch into B with <c>__tenant</c>; the organization department can, and only into active committees.
/// </summary>
public abstract class TenantIsolationHttpTests(PlatformFixture fixture)
{
    private const string CodeA = "iso-a";
    private const string CodeB = "iso-b";

    private sealed record World(
        TenantDto A, TenantDto B, UserDto UserOfA, IReadOnlyList<UserDto> UsersOfB, IReadOnlyList<RoleDto> RolesOfB, TenantDto Inactive);

    private Task<World> WorldAsync() => fixture.SharedAsync("world", async () =>
    {
        var a = await fixture.CreateCommitteeAsync(CodeA);
        var b = await fixture.CreateCommitteeAsync(CodeB);
        var userOfA = await fixture.CreateUserAsync(a.Id, "alice", RoleNames.CommitteeOfficer);
        await fixture.CreateUserAsync(b.Id, "bob", RoleNames.CommitteeOfficer);
        await fixture.InTenantAsync(b.Id, sp => sp.GetRequiredService<IRoleAppService>()
            .CreateAsync(new CreateRoleDto { Name = "b-custom", DisplayName = "B 自定义角色" }));
        var inactive = await fixture.InTenantAsync(null, sp => sp.GetRequiredService<ITenantAppService>().CreateAsync(new CreateTenantDto
        {
            Code = "iso-off",
            Name = "停用的联合党委",
            IsActive = false,
            AdminUserName = "iso-off.admin",
            AdminPassword = PlatformFixture.UserPassword,
        }));
        return new World(a, b, userOfA, await UsersOfBAsync(b.Id), await RolesOfBAsync(b.Id), inactive);
    });

    private Task<List<UserDto>> UsersOfBAsync(Guid b) => fixture.InTenantAsync(b, async sp =>
        (await sp.GetRequiredService<IUserAppService>().GetListAsync(new GetUserListInput { MaxResultCount = 1000 })).Items
        .OrderBy(u => u.Id).ToList());

    private Task<List<RoleDto>> RolesOfBAsync(Guid b) => fixture.InTenantAsync(b, async sp =>
        (await sp.GetRequiredService<IRoleAppService>().GetListAsync()).Items.OrderBy(r => r.Id).ToList());

    private Task<SessionClient> AdminOfAAsync() => fixture.SharedSessionAsync(CodeA, $"{CodeA}.admin");

    [Fact]
    public async Task Should_answer_404_ProblemDetails_When_committee_A_gets_updates_or_deletes_a_user_of_B()
    {
        var world = await WorldAsync();
        var adminOfA = await AdminOfAAsync();
        world.UsersOfB.Count.ShouldBe(2);

        foreach (var user in world.UsersOfB)
        {
            var url = $"/api/identity/users/{user.Id}";
            await (await adminOfA.SendAsync(HttpMethod.Get, url))
                .ShouldBeProblemAsync(HttpStatusCode.NotFound, FrameworkErrorCodes.EntityNotFound);
            await (await adminOfA.SendAsync(HttpMethod.Put, url, new
                {
                    name = "hijacked by A",
                    isActive = false,
                    roleNames = new[] { RoleNames.CommitteeAdmin },
                    password = "Hijack#2026pb",
                    concurrencyStamp = user.ConcurrencyStamp,
                }))
                .ShouldBeProblemAsync(HttpStatusCode.NotFound, FrameworkErrorCodes.EntityNotFound);
            await (await adminOfA.SendAsync(HttpMethod.Delete, url))
                .ShouldBeProblemAsync(HttpStatusCode.NotFound, FrameworkErrorCodes.EntityNotFound);
        }

        await ShouldBeUnchangedAsync(world);
    }

    [Fact]
    public async Task Should_answer_404_ProblemDetails_When_committee_A_gets_updates_deletes_or_regrants_a_role_of_B()
    {
        var world = await WorldAsync();
        var adminOfA = await AdminOfAAsync();
        world.RolesOfB.Count.ShouldBe(RoleNames.TenantRoles.Length + 1);

        foreach (var role in world.RolesOfB)
        {
            var url = $"/api/identity/roles/{role.Id}";
            await (await adminOfA.SendAsync(HttpMethod.Get, url))
                .ShouldBeProblemAsync(HttpStatusCode.NotFound, FrameworkErrorCodes.EntityNotFound);
            await (await adminOfA.SendAsync(HttpMethod.Put, url, new { displayName = "hijacked by A", concurrencyStamp = role.ConcurrencyStamp }))
                .ShouldBeProblemAsync(HttpStatusCode.NotFound, FrameworkErrorCodes.EntityNotFound);
            await (await adminOfA.SendAsync(HttpMethod.Put, url + "/permissions", new { permissions = Array.Empty<string>() }))
                .ShouldBeProblemAsync(HttpStatusCode.NotFound, FrameworkErrorCodes.EntityNotFound);
            await (await adminOfA.SendAsync(HttpMethod.Delete, url))
                .ShouldBeProblemAsync(HttpStatusCode.NotFound, FrameworkErrorCodes.EntityNotFound);
        }

        await ShouldBeUnchangedAsync(world);
    }

    [Fact]
    public async Task Should_list_none_of_Bs_rows_When_committee_A_lists_users_and_roles()
    {
        var world = await WorldAsync();
        var adminOfA = await AdminOfAAsync();

        var users = await adminOfA.ListAsync<UserDto>("/api/identity/users?maxResultCount=1000");
        users.Select(u => u.Id).ShouldContain(world.UserOfA.Id);
        users.Select(u => u.UserName).ShouldBe(["alice", $"{CodeA}.admin"], ignoreOrder: true);
        users.Select(u => u.Id).Intersect(world.UsersOfB.Select(u => u.Id)).ShouldBeEmpty();

        var roles = await adminOfA.ListAsync<RoleDto>("/api/identity/roles");
        roles.Select(r => r.Name).ShouldBe(RoleNames.TenantRoles, ignoreOrder: true);
        roles.Select(r => r.Id).Intersect(world.RolesOfB.Select(r => r.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_answer_403_SwitchNotAllowed_When_committee_A_names_B_in_the_tenant_header()
    {
        var world = await WorldAsync();
        var adminOfA = await AdminOfAAsync();
        var bob = world.UsersOfB.Single(u => u.UserName == "bob");

        foreach (var named in new[] { CodeB, world.B.Id.ToString(), CodeB.ToUpperInvariant() })
        {
            await (await adminOfA.SendAsync(HttpMethod.Get, "/api/identity/users", tenant: named))
                .ShouldBeProblemAsync(HttpStatusCode.Forbidden, PartyBuildingErrorCodes.Tenancy.SwitchNotAllowed);
            await (await adminOfA.SendAsync(HttpMethod.Get, $"/api/identity/users/{bob.Id}", tenant: named))
                .ShouldBeProblemAsync(HttpStatusCode.Forbidden, PartyBuildingErrorCodes.Tenancy.SwitchNotAllowed);
            await (await adminOfA.SendAsync(HttpMethod.Post, "/api/identity/users", new
                {
                    userName = "planted",
                    name = "planted by A",
                    password = PlatformFixture.UserPassword,
                    roleNames = new[] { RoleNames.CommitteeAdmin },
                }, tenant: named))
                .ShouldBeProblemAsync(HttpStatusCode.Forbidden, PartyBuildingErrorCodes.Tenancy.SwitchNotAllowed);
            await (await adminOfA.SendAsync(HttpMethod.Put, $"/api/identity/users/{bob.Id}", new
                {
                    name = "hijacked by A",
                    concurrencyStamp = bob.ConcurrencyStamp,
                }, tenant: named))
                .ShouldBeProblemAsync(HttpStatusCode.Forbidden, PartyBuildingErrorCodes.Tenancy.SwitchNotAllowed);
            await (await adminOfA.SendAsync(HttpMethod.Delete, $"/api/identity/users/{bob.Id}", tenant: named))
                .ShouldBeProblemAsync(HttpStatusCode.Forbidden, PartyBuildingErrorCodes.Tenancy.SwitchNotAllowed);
        }

        // Naming its own committee is allowed: the refusal above is about B, not about the header.
        (await adminOfA.SendAsync(HttpMethod.Get, "/api/identity/users", tenant: CodeA)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await adminOfA.ListAsync<UserDto>("/api/identity/users?filter=planted")).ShouldBeEmpty();
        await ShouldBeUnchangedAsync(world);
    }

    [Fact]
    public async Task Should_show_only_the_named_committees_users_When_the_host_admin_sends_the_tenant_header()
    {
        var world = await WorldAsync();
        var host = await fixture.SharedHostAdminAsync();

        var inA = await host.ListAsync<UserDto>("/api/identity/users?maxResultCount=1000", tenant: CodeA);
        inA.Select(u => u.UserName).ShouldBe(["alice", $"{CodeA}.admin"], ignoreOrder: true);

        var inB = await host.ListAsync<UserDto>("/api/identity/users?maxResultCount=1000", tenant: world.B.Id.ToString());
        inB.Select(u => u.Id).ShouldBe(world.UsersOfB.Select(u => u.Id), ignoreOrder: true);

        var own = await host.ListAsync<UserDto>("/api/identity/users?maxResultCount=1000");
        own.Select(u => u.UserName).ShouldBe([Api.HostAdmin]);

        var me = await (await host.SendAsync(HttpMethod.Get, "/api/account/me", tenant: CodeA)).ReadAsync<CurrentUserDto>();
        me.Tenant.ShouldNotBeNull().Id.ShouldBe(world.A.Id);
    }

    [Fact]
    public async Task Should_answer_404_When_the_host_admin_names_an_unknown_or_inactive_committee()
    {
        var world = await WorldAsync();
        var host = await fixture.SharedHostAdminAsync();

        foreach (var named in new[] { "no-such-committee", Guid.NewGuid().ToString(), world.Inactive.Code, world.Inactive.Id.ToString() })
        {
            await (await host.SendAsync(HttpMethod.Get, "/api/identity/users", tenant: named))
                .ShouldBeProblemAsync(HttpStatusCode.NotFound, PartyBuildingErrorCodes.Tenancy.TenantNotFound);
            await (await host.SendAsync(HttpMethod.Post, "/api/identity/users", new
                {
                    userName = "planted",
                    name = "planted",
                    password = PlatformFixture.UserPassword,
                }, tenant: named))
                .ShouldBeProblemAsync(HttpStatusCode.NotFound, PartyBuildingErrorCodes.Tenancy.TenantNotFound);
        }

        var usersOfInactive = await fixture.InTenantAsync(world.Inactive.Id, async sp =>
            (await sp.GetRequiredService<IUserAppService>().GetListAsync(new GetUserListInput())).Items.Select(u => u.UserName).ToList());
        usersOfInactive.ShouldBe(["iso-off.admin"]);
    }

    private async Task ShouldBeUnchangedAsync(World world)
    {
        var users = await UsersOfBAsync(world.B.Id);
        users.Select(u => (u.Id, u.Name, u.IsActive, u.ConcurrencyStamp, string.Join(",", u.RoleNames)))
            .ShouldBe(world.UsersOfB.Select(u => (u.Id, u.Name, u.IsActive, u.ConcurrencyStamp, string.Join(",", u.RoleNames))));

        var roles = await RolesOfBAsync(world.B.Id);
        roles.Select(r => (r.Id, r.DisplayName, r.ConcurrencyStamp, string.Join(",", r.Permissions)))
            .ShouldBe(world.RolesOfB.Select(r => (r.Id, r.DisplayName, r.ConcurrencyStamp, string.Join(",", r.Permissions))));

        // B's admin still signs in with the original password: nothing reset it.
        using var adminOfB = await fixture.SignInAsync(CodeB, $"{CodeB}.admin");
    }
}

public sealed class TenantIsolationHttpTestsOnSqlite(SqliteFixture fixture)
    : TenantIsolationHttpTests(fixture), IClassFixture<SqliteFixture>;

public sealed class TenantIsolationHttpTestsOnPostgreSql(PostgreSqlFixture fixture)
    : TenantIsolationHttpTests(fixture), IClassFixture<PostgreSqlFixture>;

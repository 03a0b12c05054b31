using System.Net;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Identity;
using PartyBuilding.Permissions;
using PartyBuilding.Support;
using PartyBuilding.Tenancy;
using PartyBuilding.Testing;
using Shouldly;
using Xunit;

namespace PartyBuilding.Authorization;

/// <summary>Routes check permissions granted to roles; a grant change applies on the next request; checks cost no query once warm.</summary>
public abstract class PermissionTests(PlatformFixture fixture)
{
    private const string Code = "perm";

    private Task<TenantDto> CommitteeAsync() => fixture.SharedAsync("committee", () => fixture.CreateCommitteeAsync(Code));

    /// <summary>A fresh custom role with the given grants and a user holding only that role.</summary>
    private async Task<(SessionClient Admin, RoleDto Role, string UserName)> UserWithOwnRoleAsync(params string[] permissions)
    {
        var committee = await CommitteeAsync();
        var admin = await fixture.SharedSessionAsync(Code, $"{Code}.admin");
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var role = await (await admin.SendAsync(HttpMethod.Post, "/api/identity/roles", new { name = $"r{suffix}", displayName = $"角色{suffix}" }))
            .ReadAsync<RoleDto>(HttpStatusCode.Created);
        role = await GrantAsync(admin, role, permissions);
        var user = await fixture.CreateUserAsync(committee.Id, $"u{suffix}", role.Name);
        return (admin, role, user.UserName);
    }

    private static async Task<RoleDto> GrantAsync(SessionClient admin, RoleDto role, params string[] permissions) =>
        await (await admin.SendAsync(HttpMethod.Put, $"/api/identity/roles/{role.Id}/permissions", new { permissions }))
            .ReadAsync<RoleDto>();

    [Fact]
    public async Task Should_answer_403_ProblemDetails_When_the_user_lacks_the_permission()
    {
        var (admin, _, userName) = await UserWithOwnRoleAsync();
        using var user = await fixture.SignInAsync(Code, userName);

        await (await user.SendAsync(HttpMethod.Get, "/api/identity/users")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, FrameworkErrorCodes.Forbidden);
        await (await user.SendAsync(HttpMethod.Get, "/api/identity/roles")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, FrameworkErrorCodes.Forbidden);
        await (await user.SendAsync(HttpMethod.Get, "/api/audit-logs")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, FrameworkErrorCodes.Forbidden);
        await (await user.SendAsync(HttpMethod.Post, "/api/identity/roles", new { name = "self-made", displayName = "x" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, FrameworkErrorCodes.Forbidden);
        (await user.GetJsonAsync<CurrentUserDto>("/api/account/me")).Permissions.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_answer_401_ProblemDetails_When_no_one_is_signed_in()
    {
        using var http = fixture.CreateRawClient();

        foreach (var url in new[] { "/api/identity/users", "/api/identity/roles", "/api/host/tenants", "/api/audit-logs", "/api/jobs" })
        {
            await (await http.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, FrameworkErrorCodes.Unauthorized);
        }

        await (await http.SendAsync(HttpMethod.Post, "/api/identity/users", new { userName = "anon", name = "anon", password = PlatformFixture.UserPassword }))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized, FrameworkErrorCodes.Unauthorized);
    }

    [Fact]
    public async Task Should_apply_a_grant_and_a_revocation_on_the_next_request_When_the_roles_permissions_are_changed()
    {
        var (admin, role, userName) = await UserWithOwnRoleAsync();
        using var user = await fixture.SignInAsync(Code, userName);
        (await user.SendAsync(HttpMethod.Get, "/api/identity/users")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        await GrantAsync(admin, role, PartyBuildingPermissions.Users.Default);

        (await user.SendAsync(HttpMethod.Get, "/api/identity/users")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await user.GetJsonAsync<CurrentUserDto>("/api/account/me")).Permissions.ShouldBe([PartyBuildingPermissions.Users.Default]);

        await GrantAsync(admin, role);

        await (await user.SendAsync(HttpMethod.Get, "/api/identity/users")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, FrameworkErrorCodes.Forbidden);
        (await user.GetJsonAsync<CurrentUserDto>("/api/account/me")).Permissions.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_apply_the_change_to_bearer_clients_too_When_a_grant_is_added()
    {
        var (admin, role, userName) = await UserWithOwnRoleAsync();
        using var bearer = await fixture.BearerClientAsync(Code, userName);
        (await bearer.GetAsync("/api/identity/roles")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        await GrantAsync(admin, role, PartyBuildingPermissions.Roles.Default);

        (await bearer.GetAsync("/api/identity/roles")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_refuse_a_child_permission_When_its_parent_is_not_granted()
    {
        var (admin, role, userName) = await UserWithOwnRoleAsync(PartyBuildingPermissions.Users.Create);
        using var user = await fixture.SignInAsync(Code, userName);
        var newUser = new { userName = "child-only", name = "child-only", password = PlatformFixture.UserPassword };

        await (await user.SendAsync(HttpMethod.Post, "/api/identity/users", newUser)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, FrameworkErrorCodes.Forbidden);

        await GrantAsync(admin, role, PartyBuildingPermissions.Users.Default, PartyBuildingPermissions.Users.Create);
        (await user.SendAsync(HttpMethod.Post, "/api/identity/users", newUser)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Should_answer_403_When_the_user_may_read_but_not_write()
    {
        var (admin, _, userName) = await UserWithOwnRoleAsync(PartyBuildingPermissions.Users.Default, PartyBuildingPermissions.Roles.Default);
        using var user = await fixture.SignInAsync(Code, userName);
        var roles = await user.ListAsync<RoleDto>("/api/identity/roles");
        var member = roles.Single(r => r.Name == RoleNames.Member);

        (await user.SendAsync(HttpMethod.Get, "/api/identity/users")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await user.SendAsync(HttpMethod.Post, "/api/identity/users", new { userName = "nope", name = "nope", password = PlatformFixture.UserPassword }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, FrameworkErrorCodes.Forbidden);
        await (await user.SendAsync(HttpMethod.Put, $"/api/identity/roles/{member.Id}/permissions", new { permissions = new[] { PartyBuildingPermissions.Roles.Default } }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, FrameworkErrorCodes.Forbidden);
        await (await user.SendAsync(HttpMethod.Delete, $"/api/identity/roles/{member.Id}"))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, FrameworkErrorCodes.Forbidden);

        (await user.ListAsync<RoleDto>("/api/identity/roles")).Single(r => r.Name == RoleNames.Member).Permissions.ShouldBe(member.Permissions);
    }

    [Theory]
    [InlineData(PartyBuildingPermissions.Tenants.Default)]
    [InlineData(PartyBuildingPermissions.Jobs.Trigger)]
    [InlineData("PartyBuilding.NoSuchPermission")]
    public async Task Should_answer_400_UnknownPermission_When_a_committee_role_is_granted_a_host_or_unknown_permission(string permission)
    {
        var (admin, role, _) = await UserWithOwnRoleAsync();

        await (await admin.SendAsync(HttpMethod.Put, $"/api/identity/roles/{role.Id}/permissions", new { permissions = new[] { permission } }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, PartyBuildingErrorCodes.Identity.UnknownPermission);

        (await (await admin.SendAsync(HttpMethod.Get, $"/api/identity/roles/{role.Id}")).ReadAsync<RoleDto>()).Permissions.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_run_at_most_1_sql_command_When_an_authorized_me_request_is_warm()
    {
        await CommitteeAsync();
        var admin = await fixture.SharedSessionAsync(Code, $"{Code}.admin");
        (await admin.Http.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.Http.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var before = fixture.Commands.Count;
        var response = await admin.Http.GetAsync("/api/account/me");
        var commands = fixture.Commands.Count - before;

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        commands.ShouldBeLessThanOrEqualTo(1);

        // The counter does see the platform's queries: a list read runs some.
        var beforeList = fixture.Commands.Count;
        (await admin.Http.GetAsync("/api/identity/users")).StatusCode.ShouldBe(HttpStatusCode.OK);
        fixture.Commands.Count.ShouldBeGreaterThan(beforeList);
    }

    [Fact]
    public async Task Should_run_at_most_1_sql_command_When_a_warm_me_request_comes_with_a_bearer_token()
    {
        await CommitteeAsync();
        using var bearer = await fixture.BearerClientAsync(Code, $"{Code}.admin");
        (await bearer.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var before = fixture.Commands.Count;
        var response = await bearer.GetAsync("/api/account/me");
        var commands = fixture.Commands.Count - before;

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        commands.ShouldBeLessThanOrEqualTo(1);
    }
}

public sealed class PermissionTestsOnSqlite(SqliteFixture fixture)
    : PermissionTests(fixture), IClassFixture<SqliteFixture>;

public sealed class PermissionTestsOnPostgreSql(PostgreSqlFixture fixture)
    : PermissionTests(fixture), IClassFixture<PostgreSqlFixture>;

using System.Net;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Identity;
using PartyBuilding.Support;
using PartyBuilding.Tenancy;
using PartyBuilding.Testing;
using Shouldly;
using Xunit;

namespace PartyBuilding.Account;

/// <summary>
/// An administrator's decision about an account (deactivate, delete, take a role away) applies to the sessions
/// and tokens the account already holds, on their next request; not only to its next login.
/// </summary>
public abstract class SessionRevocationTests(PlatformFixture fixture)
{
    private const string Code = "rev";

    private Task<TenantDto> CommitteeAsync() => fixture.SharedAsync("committee", () => fixture.CreateCommitteeAsync(Code));

    private async Task<(SessionClient Admin, UserDto User)> AdminAndUserAsync(string role)
    {
        var committee = await CommitteeAsync();
        var user = await fixture.CreateUserAsync(committee.Id, $"u{Guid.NewGuid():N}"[..12], role);
        return (await fixture.SharedSessionAsync(Code, $"{Code}.admin"), user);
    }

    private static Task<HttpResponseMessage> UpdateAsync(SessionClient admin, UserDto user, bool isActive, params string[] roleNames) =>
        admin.SendAsync(HttpMethod.Put, $"/api/identity/users/{user.Id}", new
        {
            name = user.Name,
            isActive,
            roleNames,
            concurrencyStamp = user.ConcurrencyStamp,
        });

    [Fact]
    public async Task Should_answer_401_to_the_open_session_When_the_user_is_deactivated()
    {
        var (admin, user) = await AdminAndUserAsync(RoleNames.CommitteeOfficer);
        using var session = await fixture.SignInAsync(Code, user.UserName);

        (await UpdateAsync(admin, user, isActive: false, RoleNames.CommitteeOfficer)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await (await session.Http.GetAsync("/api/identity/users")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, FrameworkErrorCodes.Unauthorized);
        await (await fixture.CreateSession().LoginAsync(Code, user.UserName, PlatformFixture.UserPassword))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized, PartyBuildingErrorCodes.Identity.InvalidCredentials);
    }

    [Fact]
    public async Task Should_answer_401_to_the_bearer_token_When_the_user_is_deactivated()
    {
        var (admin, user) = await AdminAndUserAsync(RoleNames.CommitteeOfficer);
        using var bearer = await fixture.BearerClientAsync(Code, user.UserName);
        (await bearer.GetAsync("/api/identity/users")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await UpdateAsync(admin, user, isActive: false, RoleNames.CommitteeOfficer)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await (await bearer.GetAsync("/api/identity/users")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, FrameworkErrorCodes.Unauthorized);
    }

    [Fact]
    public async Task Should_answer_401_to_the_open_session_When_the_user_is_deleted()
    {
        var (admin, user) = await AdminAndUserAsync(RoleNames.CommitteeOfficer);
        using var session = await fixture.SignInAsync(Code, user.UserName);

        (await admin.SendAsync(HttpMethod.Delete, $"/api/identity/users/{user.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await (await session.Http.GetAsync("/api/account/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, FrameworkErrorCodes.Unauthorized);
    }

    [Fact]
    public async Task Should_end_the_open_session_When_a_role_is_taken_away()
    {
        var (admin, user) = await AdminAndUserAsync(RoleNames.CommitteeAdmin);
        using var session = await fixture.SignInAsync(Code, user.UserName);
        (await session.SendAsync(HttpMethod.Get, "/api/audit-logs")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await UpdateAsync(admin, user, isActive: true, RoleNames.Member)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // A session carries the roles it was issued with, so a change of roles ends it; the next login has the new ones.
        await (await session.SendAsync(HttpMethod.Get, "/api/audit-logs")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, FrameworkErrorCodes.Unauthorized);
        await (await session.SendAsync(HttpMethod.Post, "/api/identity/users", new { userName = "backdoor", name = "backdoor", password = PlatformFixture.UserPassword }))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized, FrameworkErrorCodes.Unauthorized);
        (await admin.ListAsync<UserDto>("/api/identity/users?filter=backdoor")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_keep_the_open_session_When_an_unrelated_field_of_the_user_changes()
    {
        var (admin, user) = await AdminAndUserAsync(RoleNames.CommitteeOfficer);
        using var session = await fixture.SignInAsync(Code, user.UserName);

        (await admin.SendAsync(HttpMethod.Put, $"/api/identity/users/{user.Id}", new
        {
            name = "改了名字",
            isActive = true,
            roleNames = new[] { RoleNames.CommitteeOfficer },
            concurrencyStamp = user.ConcurrencyStamp,
        })).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await session.SendAsync(HttpMethod.Get, "/api/identity/users")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

public sealed class SessionRevocationTestsOnSqlite(SqliteFixture fixture)
    : SessionRevocationTests(fixture), IClassFixture<SqliteFixture>;

public sealed class SessionRevocationTestsOnPostgreSql(PostgreSqlFixture fixture)
    : SessionRevocationTests(fixture), IClassFixture<PostgreSqlFixture>;

using System.Net;
using System.Net.Http.Json;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Identity;
using PartyBuilding.Permissions;
using PartyBuilding.Support;
using PartyBuilding.Tenancy;
using PartyBuilding.Testing;
using Shouldly;
using Xunit;

namespace PartyBuilding.Account;

/// <summary>
/// Cookie sessions for the console (HttpOnly, SameSite=Strict, antiforgery) and bearer tokens; their idle timeout is
/// proven by PartyBuilding.Reliability.IdleTimeoutTests.
/// </summary>
public abstract class SessionTests(PlatformFixture fixture)
{
    private const string Code = "ses";
    private const string Admin = "ses.admin";

    private Task<TenantDto> CommitteeAsync() => fixture.SharedAsync("committee", () => fixture.CreateCommitteeAsync(Code));

    private static object NewRole(string name) => new { name, displayName = name };

    private static string? SetCookie(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.FirstOrDefault(v => v.StartsWith(name + "=", StringComparison.Ordinal))
            : null;

    [Fact]
    public async Task Should_set_an_HttpOnly_SameSite_Strict_session_cookie_When_the_login_succeeds()
    {
        await CommitteeAsync();
        using var http = fixture.CreateRawClient();

        var response = await http.PostAsJsonAsync("/api/account/login", new { tenant = Code, userName = Admin, password = PlatformFixture.UserPassword });

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var cookie = SetCookie(response, ".PartyBuilding.Session").ShouldNotBeNull();
        var attributes = cookie.Split(';').Select(a => a.Trim().ToLowerInvariant()).ToList();
        attributes.ShouldContain("httponly");
        attributes.ShouldContain("samesite=strict");
        attributes.ShouldContain("path=/");
        attributes.ShouldNotContain(a => a.StartsWith("expires=") || a.StartsWith("max-age="), "a session cookie ends with the browser");
    }

    [Fact]
    public async Task Should_set_no_session_cookie_When_the_login_fails()
    {
        await CommitteeAsync();
        using var http = fixture.CreateRawClient();

        var response = await http.PostAsJsonAsync("/api/account/login", new { tenant = Code, userName = Admin, password = "Wrong#2026pb" });

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, PartyBuildingErrorCodes.Identity.InvalidCredentials);
        SetCookie(response, ".PartyBuilding.Session").ShouldBeNull();
    }

    [Fact]
    public async Task Should_return_user_committee_roles_and_permissions_and_a_readable_xsrf_cookie_When_me_is_read()
    {
        var committee = await CommitteeAsync();
        using var session = await fixture.SignInAsync(Code, Admin);

        var response = await session.Http.GetAsync("/api/account/me");
        var me = await response.ReadAsync<CurrentUserDto>();

        me.UserName.ShouldBe(Admin);
        me.IsHostUser.ShouldBeFalse();
        var tenant = me.Tenant.ShouldNotBeNull();
        tenant.Id.ShouldBe(committee.Id);
        tenant.Code.ShouldBe(Code);
        tenant.TimeZone.ShouldBe("Asia/Shanghai");
        me.Roles.ShouldBe([RoleNames.CommitteeAdmin]);
        me.Permissions.ShouldContain(PartyBuildingPermissions.Users.Create);
        me.Permissions.ShouldContain(PartyBuildingPermissions.Roles.ManagePermissions);
        me.Permissions.ShouldContain(PartyBuildingPermissions.AuditLogs.Default);
        me.Permissions.ShouldNotContain(PartyBuildingPermissions.Tenants.Default);

        var xsrf = SetCookie(response, "XSRF-TOKEN").ShouldNotBeNull();
        xsrf.ToLowerInvariant().ShouldNotContain("httponly");
        xsrf.ToLowerInvariant().ShouldContain("samesite=strict");
    }

    [Fact]
    public async Task Should_return_the_host_side_permissions_and_no_committee_When_the_host_admin_reads_me()
    {
        using var host = await fixture.SignInHostAdminAsync();

        var me = await host.GetJsonAsync<CurrentUserDto>("/api/account/me");

        me.UserName.ShouldBe(Api.HostAdmin);
        me.IsHostUser.ShouldBeTrue();
        me.Tenant.ShouldBeNull();
        me.Roles.ShouldBe([RoleNames.OrgDepartmentAdmin]);
        me.Permissions.ShouldContain(PartyBuildingPermissions.Tenants.Create);
        me.Permissions.ShouldContain(PartyBuildingPermissions.Jobs.Trigger);
    }

    [Fact]
    public async Task Should_answer_401_ProblemDetails_When_me_is_read_without_a_session()
    {
        using var http = fixture.CreateRawClient();

        await (await http.GetAsync("/api/account/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, FrameworkErrorCodes.Unauthorized);
    }

    [Fact]
    public async Task Should_answer_400_Antiforgery_When_an_unsafe_request_has_the_session_cookie_but_no_valid_xsrf_header()
    {
        await CommitteeAsync();
        using var session = await RawSession.SignInAsync(fixture, Code, Admin);

        await (await session.SendAsync(HttpMethod.Post, "/api/identity/roles", NewRole("forged-1")))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, FrameworkErrorCodes.Antiforgery);
        await (await session.SendAsync(HttpMethod.Post, "/api/identity/roles", NewRole("forged-2"), xsrf: "not-the-token"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, FrameworkErrorCodes.Antiforgery);
        await (await session.SendAsync(HttpMethod.Post, "/api/account/logout"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, FrameworkErrorCodes.Antiforgery);

        var roles = await (await session.SendAsync(HttpMethod.Get, "/api/identity/roles")).ReadAsync<Paged<RoleDto>>();
        roles.Items.Select(r => r.Name).ShouldNotContain(n => n.StartsWith("forged"));

        // The same request with the token the console reads from XSRF-TOKEN goes through.
        (await session.SendAsync(HttpMethod.Post, "/api/identity/roles", NewRole("with-token"), xsrf: session.XsrfToken))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Should_refuse_an_xsrf_token_of_another_session_When_an_unsafe_request_is_made()
    {
        await CommitteeAsync();
        using var victim = await RawSession.SignInAsync(fixture, Code, Admin);
        using var attacker = await RawSession.SignInAsync(fixture, "", Api.HostAdmin, PlatformFixture.HostAdminPassword);

        await (await victim.SendAsync(HttpMethod.Post, "/api/identity/roles", NewRole("cross-token"), xsrf: attacker.XsrfToken))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, FrameworkErrorCodes.Antiforgery);
    }

    [Fact]
    public async Task Should_end_the_session_When_the_user_logs_out()
    {
        await CommitteeAsync();
        using var session = await fixture.SignInAsync(Code, Admin);

        (await session.Http.PostAsync("/api/account/logout", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await (await session.Http.GetAsync("/api/account/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, FrameworkErrorCodes.Unauthorized);
        await (await session.Http.GetAsync("/api/identity/users")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, FrameworkErrorCodes.Unauthorized);
    }

    [Fact]
    public async Task Should_refuse_the_old_session_cookie_When_it_is_replayed_after_logout()
    {
        await CommitteeAsync();
        using var session = await RawSession.SignInAsync(fixture, Code, Admin);
        var stolen = session.CookieHeader;

        (await session.SendAsync(HttpMethod.Post, "/api/account/logout", xsrf: session.XsrfToken)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await (await session.SendAsync(HttpMethod.Get, "/api/account/me", cookieHeader: stolen))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized, FrameworkErrorCodes.Unauthorized);
    }

    [Fact]
    public async Task Should_issue_a_bearer_token_that_works_without_antiforgery_When_an_api_client_asks_for_one()
    {
        await CommitteeAsync();
        var token = await fixture.GetTokenAsync(Code, Admin);

        token.TokenType.ShouldBe("Bearer");
        token.AccessToken.ShouldNotBeNullOrWhiteSpace();
        token.RefreshToken.ShouldNotBeNullOrWhiteSpace();
        token.ExpiresIn.ShouldBe((long)IdentityConsts.IdleTimeout.TotalSeconds);

        using var http = fixture.CreateRawClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", token.AccessToken);
        var me = await (await http.GetAsync("/api/account/me")).ReadAsync<CurrentUserDto>();
        me.UserName.ShouldBe(Admin);
        me.Tenant!.Code.ShouldBe(Code);
        (await http.SendAsync(HttpMethod.Post, "/api/identity/roles", NewRole("by-bearer"))).StatusCode.ShouldBe(HttpStatusCode.Created);

        http.DefaultRequestHeaders.Authorization = new("Bearer", token.AccessToken + "x");
        await (await http.GetAsync("/api/account/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, FrameworkErrorCodes.Unauthorized);
    }

    [Fact]
    public async Task Should_exchange_a_refresh_token_for_new_tokens_until_the_user_signs_out()
    {
        await CommitteeAsync();
        var token = await fixture.GetTokenAsync(Code, Admin);
        using var http = fixture.CreateRawClient();

        var refreshed = await (await http.PostAsJsonAsync("/api/account/refresh", new { refreshToken = token.RefreshToken }))
            .ReadAsync<TokenAnswer>();
        refreshed.AccessToken.ShouldNotBe(token.AccessToken);
        http.DefaultRequestHeaders.Authorization = new("Bearer", refreshed.AccessToken);
        (await (await http.GetAsync("/api/account/me")).ReadAsync<CurrentUserDto>()).UserName.ShouldBe(Admin);

        (await http.PostAsync("/api/account/logout", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        http.DefaultRequestHeaders.Authorization = null;

        await (await http.PostAsJsonAsync("/api/account/refresh", new { refreshToken = refreshed.RefreshToken }))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized, FrameworkErrorCodes.Unauthorized);
        await (await http.PostAsJsonAsync("/api/account/refresh", new { refreshToken = "not-a-token" }))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized, FrameworkErrorCodes.Unauthorized);
    }

    [Fact]
    public async Task Should_answer_401_and_issue_no_token_When_the_token_request_has_wrong_credentials()
    {
        await CommitteeAsync();
        using var http = fixture.CreateRawClient();

        var response = await http.PostAsJsonAsync("/api/account/token", new { tenant = Code, userName = Admin, password = "Wrong#2026pb" });

        var body = await response.Content.ReadAsStringAsync();
        body.ShouldNotContain("accessToken");
        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, PartyBuildingErrorCodes.Identity.InvalidCredentials);
    }
}

public sealed class SessionTestsOnSqlite(SqliteFixture fixture)
    : SessionTests(fixture), IClassFixture<SqliteFixture>;

public sealed class SessionTestsOnPostgreSql(PostgreSqlFixture fixture)
    : SessionTests(fixture), IClassFixture<PostgreSqlFixture>;

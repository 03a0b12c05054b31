using System.Net;
using System.Net.Http.Json;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Identity;
using PartyBuilding.Support;
using PartyBuilding.Tenancy;
using PartyBuilding.Testing;
using Shouldly;
using Xunit;

namespace PartyBuilding.Reliability;

/// <summary>
/// MLPS idle timeout (<see cref="IdentityConsts.IdleTimeout"/> = 30 minutes) through the API: a cookie session and a
/// bearer session idle longer than that are refused; activity within it keeps them going past it. A bearer
/// client's activity is refreshing its token: the access token lives 30 minutes, and so does the refresh token.
/// </summary>
public abstract class IdleTimeoutTests(PlatformFixture fixture)
{
    private const string Code = "idle";
    private const string Admin = "idle.admin";

    private static readonly TimeSpan JustWithin = IdentityConsts.IdleTimeout - TimeSpan.FromSeconds(1);
    private static readonly TimeSpan JustPast = IdentityConsts.IdleTimeout + TimeSpan.FromSeconds(1);

    private Task<TenantDto> CommitteeAsync() => fixture.SharedAsync("committee", () => fixture.CreateCommitteeAsync(Code));

    [Fact]
    public async Task Should_keep_cookie_and_bearer_sessions_used_within_the_idle_timeout_and_refuse_them_idle_past_it()
    {
        await CommitteeAsync();
        var cookieActive = await CookieSessionAsync();
        var bearerActive = await BearerSessionAsync();

        ReliabilityReport.Record("idle-timeout", fixture.Provider,
            $"cookie and bearer sessions kept for {cookieActive.TotalMinutes:0} minutes by use every {JustWithin.TotalSeconds:0} s, "
            + $"refused after {JustPast.TotalSeconds:0} s idle (timeout {IdentityConsts.IdleTimeout.TotalMinutes:0} minutes)",
            new Dictionary<string, long>
            {
                ["idleTimeoutSeconds"] = (long)IdentityConsts.IdleTimeout.TotalSeconds,
                ["cookieKeptAliveSeconds"] = (long)cookieActive.TotalSeconds,
                ["bearerKeptAliveSeconds"] = (long)bearerActive.TotalSeconds,
                ["refusedAfterIdleSeconds"] = (long)JustPast.TotalSeconds,
                ["idleSessionsRefused"] = 2,
            });
    }

    /// <summary>Used every 29:59 three times, then idle for 30:01; answers how long it was kept alive.</summary>
    private async Task<TimeSpan> CookieSessionAsync()
    {
        using var session = await fixture.SignInAsync(Code, Admin);
        var active = TimeSpan.Zero;
        for (var i = 0; i < 3; i++)
        {
            fixture.Clock.Advance(JustWithin);
            active += JustWithin;
            (await session.Http.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK, $"cookie in use for {active}");
        }

        fixture.Clock.Advance(JustPast);
        await (await session.Http.GetAsync("/api/account/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, FrameworkErrorCodes.Unauthorized);
        await (await session.Http.GetAsync("/api/identity/users")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, FrameworkErrorCodes.Unauthorized);
        return active;
    }

    /// <summary>Used and refreshed every 29:59 three times, then idle for 30:01: both its tokens are refused.</summary>
    private async Task<TimeSpan> BearerSessionAsync()
    {
        var token = await fixture.GetTokenAsync(Code, Admin);
        using var http = fixture.CreateRawClient();
        var active = TimeSpan.Zero;
        for (var i = 0; i < 3; i++)
        {
            fixture.Clock.Advance(JustWithin);
            active += JustWithin;
            http.DefaultRequestHeaders.Authorization = new("Bearer", token.AccessToken);
            (await http.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK, $"token in use for {active}");
            http.DefaultRequestHeaders.Authorization = null;
            token = await (await http.PostAsJsonAsync("/api/account/refresh", new { refreshToken = token.RefreshToken })).ReadAsync<TokenAnswer>();
        }

        fixture.Clock.Advance(JustPast);
        http.DefaultRequestHeaders.Authorization = new("Bearer", token.AccessToken);
        await (await http.GetAsync("/api/account/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, FrameworkErrorCodes.Unauthorized);
        http.DefaultRequestHeaders.Authorization = null;
        await (await http.PostAsJsonAsync("/api/account/refresh", new { refreshToken = token.RefreshToken }))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized, FrameworkErrorCodes.Unauthorized);
        return active;
    }

    [Fact]
    public async Task Should_refuse_a_bearer_token_used_all_along_When_it_was_not_refreshed_within_the_idle_timeout()
    {
        await CommitteeAsync();
        using var http = await fixture.BearerClientAsync(Code, Admin);
        fixture.Clock.Advance(JustWithin);
        (await http.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        fixture.Clock.Advance(TimeSpan.FromSeconds(2));

        await (await http.GetAsync("/api/account/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, FrameworkErrorCodes.Unauthorized);
    }
}

public sealed class IdleTimeoutTestsOnSqlite(SqliteFixture fixture)
    : IdleTimeoutTests(fixture), IClassFixture<SqliteFixture>;

public sealed class IdleTimeoutTestsOnPostgreSql(PostgreSqlFixture fixture)
    : IdleTimeoutTests(fixture), IClassFixture<PostgreSqlFixture>;

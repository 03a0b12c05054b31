using System.Net;
using System.Net.Http.Json;
using PartyBuilding.Support;
using PartyBuilding.Tenancy;
using PartyBuilding.Testing;
using Shouldly;
using Xunit;

namespace PartyBuilding.Identity;

/// <summary>
/// MLPS lockout: 5 wrong passwords lock the account for 15 minutes, and every failed login looks the same
/// (status, code, title) whether the user is unknown, the password wrong or the account locked.
/// </summary>
public abstract class LockoutTests(PlatformFixture fixture)
{
    private const string Code = "lock";
    private const string WrongPassword = "Wrong#2026pb";

    private Task<TenantDto> CommitteeAsync() => fixture.SharedAsync("committee", () => fixture.CreateCommitteeAsync(Code));

    private async Task<UserDto> NewUserAsync()
    {
        var committee = await CommitteeAsync();
        return await fixture.CreateUserAsync(committee.Id, $"u{Guid.NewGuid():N}"[..12], RoleNames.CommitteeOfficer);
    }

    private async Task<HttpResponseMessage> LoginAsync(string userName, string password, string tenant = Code, string? language = null)
    {
        using var http = fixture.CreateRawClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/account/login")
        {
            Content = JsonContent.Create(new { tenant, userName, password }),
        };
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        var response = await http.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    [Fact]
    public async Task Should_refuse_the_right_password_with_the_same_answer_When_5_wrong_passwords_came_before()
    {
        var user = await NewUserAsync();
        var unknownUser = await (await LoginAsync("nobody-here", PlatformFixture.UserPassword))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized, PartyBuildingErrorCodes.Identity.InvalidCredentials);
        var unknownCommittee = await (await LoginAsync(user.UserName, PlatformFixture.UserPassword, tenant: "no-such-committee"))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized, PartyBuildingErrorCodes.Identity.InvalidCredentials);

        var wrong = new List<Problem>();
        for (var i = 0; i < IdentityConsts.MaxFailedAccessAttempts; i++)
        {
            wrong.Add(await (await LoginAsync(user.UserName, WrongPassword))
                .ShouldBeProblemAsync(HttpStatusCode.Unauthorized, PartyBuildingErrorCodes.Identity.InvalidCredentials));
        }

        var locked = await (await LoginAsync(user.UserName, PlatformFixture.UserPassword))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized, PartyBuildingErrorCodes.Identity.InvalidCredentials);

        var titles = wrong.Select(p => p.Title).Append(locked.Title).Append(unknownUser.Title).Append(unknownCommittee.Title).Distinct().ToList();
        titles.Count.ShouldBe(1, "a failed login never tells which part was wrong");
        (await (await LoginAsync(user.UserName, PlatformFixture.UserPassword, language: "en"))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized, PartyBuildingErrorCodes.Identity.InvalidCredentials))
            .Title.ShouldBe((await (await LoginAsync("nobody-here", WrongPassword, language: "en"))
                .ShouldBeProblemAsync(HttpStatusCode.Unauthorized, PartyBuildingErrorCodes.Identity.InvalidCredentials)).Title);
    }

    [Fact]
    public async Task Should_accept_the_right_password_again_only_When_the_clock_moved_past_the_15_minute_lockout()
    {
        var user = await NewUserAsync();
        for (var i = 0; i < IdentityConsts.MaxFailedAccessAttempts; i++)
        {
            (await LoginAsync(user.UserName, WrongPassword)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        fixture.Clock.Advance(TimeSpan.FromMinutes(14));
        await (await LoginAsync(user.UserName, PlatformFixture.UserPassword))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized, PartyBuildingErrorCodes.Identity.InvalidCredentials);

        fixture.Clock.Advance(TimeSpan.FromMinutes(2));
        (await LoginAsync(user.UserName, PlatformFixture.UserPassword)).StatusCode.ShouldBe(HttpStatusCode.NoContent,
            "16 minutes after the fifth failure the 15-minute lockout is over (by the platform's TimeProvider)");
    }

    [Fact]
    public async Task Should_not_lock_When_4_wrong_passwords_are_followed_by_the_right_one()
    {
        var user = await NewUserAsync();
        for (var i = 0; i < IdentityConsts.MaxFailedAccessAttempts - 1; i++)
        {
            (await LoginAsync(user.UserName, WrongPassword)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        (await LoginAsync(user.UserName, PlatformFixture.UserPassword)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await LoginAsync(user.UserName, WrongPassword)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await LoginAsync(user.UserName, PlatformFixture.UserPassword)).StatusCode.ShouldBe(HttpStatusCode.NoContent, "a success resets the count");
    }

    [Fact]
    public async Task Should_refuse_a_token_too_When_the_account_is_locked()
    {
        var user = await NewUserAsync();
        for (var i = 0; i < IdentityConsts.MaxFailedAccessAttempts; i++)
        {
            (await LoginAsync(user.UserName, WrongPassword)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        using var http = fixture.CreateRawClient();
        await (await http.PostAsJsonAsync("/api/account/token", new { tenant = Code, userName = user.UserName, password = PlatformFixture.UserPassword }))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized, PartyBuildingErrorCodes.Identity.InvalidCredentials);
    }
}

public sealed class LockoutTestsOnSqlite(SqliteFixture fixture)
    : LockoutTests(fixture), IClassFixture<SqliteFixture>;

public sealed class LockoutTestsOnPostgreSql(PostgreSqlFixture fixture)
    : LockoutTests(fixture), IClassFixture<PostgreSqlFixture>;

using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Identity;
using PartyBuilding.Support;
using PartyBuilding.Tenancy;
using PartyBuilding.Testing;
using Shouldly;
using Xunit;

namespace PartyBuilding.Reliability;

/// <summary>
/// MLPS lockout (<see cref="IdentityConsts.MaxFailedAccessAttempts"/> = 5 wrong passwords lock the account for
/// <see cref="IdentityConsts.LockoutDuration"/> = 15 minutes), and every failed login looks the same (status, code,
/// title) whether the user is unknown, the password wrong or the account locked.
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
    public async Task Should_refuse_the_right_password_throughout_the_15_minute_lockout_and_accept_it_after()
    {
        var user = await NewUserAsync();
        var wrong = 0;
        for (var i = 0; i < IdentityConsts.MaxFailedAccessAttempts - 1; i++)
        {
            await (await LoginAsync(user.UserName, WrongPassword))
                .ShouldBeProblemAsync(HttpStatusCode.Unauthorized, PartyBuildingErrorCodes.Identity.InvalidCredentials);
            wrong++;
        }

        (await LockoutEndAsync(user)).ShouldBeNull($"{wrong} failures do not lock yet");
        (await LoginAsync(user.UserName, WrongPassword)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        wrong++;
        var lockedAt = fixture.Clock.GetUtcNow();
        (await LockoutEndAsync(user)).ShouldBe(lockedAt + IdentityConsts.LockoutDuration);

        // The right password at the start, in the middle and one second before the end: each refused, none extending it.
        var refusedWhileLocked = 0;
        foreach (var after in new[] { TimeSpan.Zero, IdentityConsts.LockoutDuration / 2, IdentityConsts.LockoutDuration - TimeSpan.FromSeconds(1) })
        {
            fixture.Clock.SetUtcNow(lockedAt + after);
            await (await LoginAsync(user.UserName, PlatformFixture.UserPassword))
                .ShouldBeProblemAsync(HttpStatusCode.Unauthorized, PartyBuildingErrorCodes.Identity.InvalidCredentials);
            refusedWhileLocked++;
        }

        fixture.Clock.SetUtcNow(lockedAt + IdentityConsts.LockoutDuration + TimeSpan.FromSeconds(1));
        (await LoginAsync(user.UserName, PlatformFixture.UserPassword)).StatusCode.ShouldBe(HttpStatusCode.NoContent,
            "one second after the lockout's end the right password works (by the platform's TimeProvider)");

        ReliabilityReport.Record("lockout", fixture.Provider,
            $"locked after {wrong} failed sign-ins for {IdentityConsts.LockoutDuration.TotalMinutes:0} minutes; "
            + $"the right password refused {refusedWhileLocked} times while locked, accepted 1 s after",
            new Dictionary<string, long>
            {
                ["failedSignInsToLock"] = wrong,
                ["lockoutMinutes"] = (long)IdentityConsts.LockoutDuration.TotalMinutes,
                ["rightPasswordRefusedWhileLocked"] = refusedWhileLocked,
                ["secondsAfterLockoutEndAccepted"] = 1,
            });
    }

    private async Task<DateTimeOffset?> LockoutEndAsync(UserDto user) =>
        await fixture.InTenantAsync((await CommitteeAsync()).Id, async sp => (await sp.GetRequiredService<IUserAppService>().GetAsync(user.Id)).LockoutEnd);

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

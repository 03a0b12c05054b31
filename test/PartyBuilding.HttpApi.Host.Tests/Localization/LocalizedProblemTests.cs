using System.Net;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Support;
using PartyBuilding.Tenancy;
using PartyBuilding.Testing;
using Shouldly;
using Xunit;

namespace PartyBuilding.Localization;

/// <summary>ProblemDetails titles follow Accept-Language (zh-CN by default, English on request); the code never does.</summary>
public abstract class LocalizedProblemTests(PlatformFixture fixture)
{
    private const string Code = "l10n";

    private Task<TenantDto> CommitteeAsync() => fixture.SharedAsync("committee", () => fixture.CreateCommitteeAsync(Code));

    private static bool HasChinese(string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff');

    public static TheoryData<string> Failures => new()
    {
        "login-wrong-password",
        "anonymous",
        "validation",
        "unknown-route",
        "forbidden",
        "not-found",
        "invalid-sorting",
        "switch-not-allowed",
    };

    private async Task<(HttpStatusCode Status, string Code, Func<SessionClient, string?, Task<HttpResponseMessage>> Send)> FailureAsync(string name)
    {
        await CommitteeAsync();
        var missingId = Guid.NewGuid();
        return name switch
        {
            "login-wrong-password" => (HttpStatusCode.Unauthorized, PartyBuildingErrorCodes.Identity.InvalidCredentials,
                (c, l) => fixture.CreateRawClient().SendAsync(HttpMethod.Post, "/api/account/login",
                    new { tenant = Code, userName = $"{Code}.admin", password = "Wrong#2026pb" }, language: l)),
            "anonymous" => (HttpStatusCode.Unauthorized, FrameworkErrorCodes.Unauthorized,
                (c, l) => fixture.CreateRawClient().SendAsync(HttpMethod.Get, "/api/identity/users", language: l)),
            "validation" => (HttpStatusCode.BadRequest, FrameworkErrorCodes.ValidationFailed,
                (c, l) => c.SendAsync(HttpMethod.Post, "/api/identity/roles", new { name = "", displayName = "" }, language: l)),
            "unknown-route" => (HttpStatusCode.NotFound, "PartyBuilding:NotFound",
                (c, l) => c.SendAsync(HttpMethod.Get, "/api/nothing-here", language: l)),
            "forbidden" => (HttpStatusCode.Forbidden, FrameworkErrorCodes.Forbidden,
                (c, l) => c.SendAsync(HttpMethod.Get, "/api/host/tenants", language: l)),
            "not-found" => (HttpStatusCode.NotFound, FrameworkErrorCodes.EntityNotFound,
                (c, l) => c.SendAsync(HttpMethod.Get, $"/api/identity/users/{missingId}", language: l)),
            "invalid-sorting" => (HttpStatusCode.BadRequest, FrameworkErrorCodes.InvalidSorting,
                (c, l) => c.SendAsync(HttpMethod.Get, "/api/identity/users?sorting=nope", language: l)),
            "switch-not-allowed" => (HttpStatusCode.Forbidden, PartyBuildingErrorCodes.Tenancy.SwitchNotAllowed,
                (c, l) => c.SendAsync(HttpMethod.Get, "/api/identity/users", tenant: "other-committee", language: l)),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
    }

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task Should_answer_in_Chinese_by_default_and_in_English_on_request_with_the_same_code_When_a_request_fails(string failure)
    {
        var (status, code, send) = await FailureAsync(failure);
        var admin = await fixture.SharedSessionAsync(Code, $"{Code}.admin");

        var chinese = await (await send(admin, null)).ShouldBeProblemAsync(status, code);
        var english = await (await send(admin, "en")).ShouldBeProblemAsync(status, code);
        var explicitChinese = await (await send(admin, "zh-CN")).ShouldBeProblemAsync(status, code);

        HasChinese(chinese.Title).ShouldBeTrue(chinese.Title);
        HasChinese(english.Title).ShouldBeFalse(english.Title);
        english.Title.ShouldNotBe(chinese.Title);
        explicitChinese.Title.ShouldBe(chinese.Title);
        english.Title.ShouldNotContain(code, Case.Sensitive, "a missing text would show its key");
        chinese.Title.ShouldNotContain(code, Case.Sensitive, "a missing text would show its key");
    }

    [Fact]
    public async Task Should_answer_in_Chinese_When_the_language_is_not_supported()
    {
        await CommitteeAsync();
        var admin = await fixture.SharedSessionAsync(Code, $"{Code}.admin");

        var french = await (await admin.SendAsync(HttpMethod.Get, "/api/nothing-here", language: "fr-FR"))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "PartyBuilding:NotFound");

        HasChinese(french.Title).ShouldBeTrue(french.Title);
    }

    [Fact]
    public async Task Should_localize_the_field_messages_too_When_validation_fails_in_English()
    {
        await CommitteeAsync();
        var admin = await fixture.SharedSessionAsync(Code, $"{Code}.admin");
        var body = new { name = new string('x', 500), displayName = "" };

        var chinese = await (await admin.SendAsync(HttpMethod.Post, "/api/identity/roles", body))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, FrameworkErrorCodes.ValidationFailed);
        var english = await (await admin.SendAsync(HttpMethod.Post, "/api/identity/roles", body, language: "en"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, FrameworkErrorCodes.ValidationFailed);

        chinese.Errors.ShouldNotBeNull().Keys.ShouldBe(["name", "displayName"], ignoreOrder: true);
        english.Errors.ShouldNotBeNull().Keys.ShouldBe(["name", "displayName"], ignoreOrder: true);
        chinese.Errors["name"].ShouldAllBe(m => HasChinese(m));
        english.Errors["name"].ShouldAllBe(m => !HasChinese(m));
        english.Errors["name"].ShouldNotBe(chinese.Errors["name"]);
        english.Errors["name"].ShouldAllBe(m => !m.StartsWith("Validation:"));
    }
}

public sealed class LocalizedProblemTestsOnSqlite(SqliteFixture fixture)
    : LocalizedProblemTests(fixture), IClassFixture<SqliteFixture>;

public sealed class LocalizedProblemTestsOnPostgreSql(PostgreSqlFixture fixture)
    : LocalizedProblemTests(fixture), IClassFixture<PostgreSqlFixture>;

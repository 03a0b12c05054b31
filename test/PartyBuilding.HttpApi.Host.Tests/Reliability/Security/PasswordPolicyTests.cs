using System.Net;
using PartyBuilding.Identity;
using PartyBuilding.Support;
using PartyBuilding.Tenancy;
using PartyBuilding.Testing;
using Shouldly;
using Xunit;

namespace PartyBuilding.Reliability;

/// <summary>
/// MLPS password rule through the API: at least <see cref="IdentityConsts.MinPasswordLength"/> = 8 characters from at
/// least <see cref="IdentityConsts.MinPasswordCharacterClasses"/> = 3 of the 4 character classes, on user creation,
/// on a password change and for a new committee's admin; the refusal's ProblemDetails states the rule.
/// </summary>
public abstract class PasswordPolicyTests(PlatformFixture fixture)
{
    private const string Code = "pwd";

    private static readonly string[] Weak =
    [
        "Ab#1234",      // 7 characters, all four classes
        "abcdefgh12",   // lower case and digits only
        "ABCDEFGH#$",   // upper case and symbols only
        "abcdEFGHij",   // lower and upper case only
        "密码密码密码密码",  // long, but no class a person can count on
    ];

    public static TheoryData<string> WeakPasswords => new(Weak);

    private Task<TenantDto> CommitteeAsync() => fixture.SharedAsync("committee", () => fixture.CreateCommitteeAsync(Code));

    [Fact]
    public async Task Should_refuse_every_weak_password_with_a_ProblemDetails_stating_the_rule_When_a_user_is_created_or_changes_password()
    {
        var committee = await CommitteeAsync();
        var user = await fixture.SharedAsync("keeper", () => fixture.CreateUserAsync(committee.Id, "keeper", RoleNames.Member));
        var admin = await fixture.SharedSessionAsync(Code, $"{Code}.admin");
        var current = await (await admin.SendAsync(HttpMethod.Get, $"/api/identity/users/{user.Id}")).ReadAsync<UserDto>();
        var refusedOnCreation = 0;
        var refusedOnChange = 0;
        foreach (var password in Weak)
        {
            foreach (var language in new[] { "zh-CN", "en" })
            {
                var created = await (await admin.SendAsync(HttpMethod.Post, "/api/identity/users",
                        new { userName = "weak", name = "weak", password }, language: language))
                    .ShouldBeProblemAsync(HttpStatusCode.BadRequest, PartyBuildingErrorCodes.Identity.PasswordTooWeak);
                ShouldStateTheRule(created, language);
                refusedOnCreation++;

                var changed = await (await admin.SendAsync(HttpMethod.Put, $"/api/identity/users/{user.Id}", new
                    {
                        name = "keeper renamed",
                        isActive = true,
                        roleNames = current.RoleNames,
                        password,
                        concurrencyStamp = current.ConcurrencyStamp,
                    }, language: language))
                    .ShouldBeProblemAsync(HttpStatusCode.BadRequest, PartyBuildingErrorCodes.Identity.PasswordTooWeak);
                ShouldStateTheRule(changed, language);
                refusedOnChange++;
            }
        }

        (await admin.ListAsync<UserDto>("/api/identity/users?filter=weak")).ShouldBeEmpty();
        var after = await (await admin.SendAsync(HttpMethod.Get, $"/api/identity/users/{user.Id}")).ReadAsync<UserDto>();
        after.Name.ShouldBe("keeper", "a refused change is rolled back as a whole");
        using var keeper = await fixture.SignInAsync(Code, "keeper");

        ReliabilityReport.Record("password-policy", fixture.Provider,
            $"{Weak.Length} weak passwords refused on creation and on change ({refusedOnCreation + refusedOnChange} requests in zh-CN and en), "
            + $"each with a ProblemDetails stating {IdentityConsts.MinPasswordLength} characters from {IdentityConsts.MinPasswordCharacterClasses} classes",
            new Dictionary<string, long>
            {
                ["weakPasswords"] = Weak.Length,
                ["refusedOnCreation"] = refusedOnCreation,
                ["refusedOnChange"] = refusedOnChange,
                ["usersCreated"] = 0,
                ["passwordsChanged"] = 0,
            });
    }

    /// <summary>The title names both numbers of the rule, in the caller's language.</summary>
    private static void ShouldStateTheRule(Problem problem, string language)
    {
        var (length, classes) = language == "en"
            ? ($"at least {IdentityConsts.MinPasswordLength} characters", $"at least {IdentityConsts.MinPasswordCharacterClasses} of")
            : ($"至少{IdentityConsts.MinPasswordLength}位", $"至少{IdentityConsts.MinPasswordCharacterClasses}类");
        problem.Title.ShouldContain(length);
        problem.Title.ShouldContain(classes);
    }

    [Theory]
    [MemberData(nameof(WeakPasswords))]
    public async Task Should_answer_400_PasswordTooWeak_and_create_nothing_When_a_committee_admin_gets_a_weak_password(string password)
    {
        var host = await fixture.SharedHostAdminAsync();

        await (await host.SendAsync(HttpMethod.Post, "/api/host/tenants", new
            {
                code = "pwd-weak",
                name = "弱口令联合党委",
                isActive = true,
                adminUserName = "pwd-weak.admin",
                adminPassword = password,
            }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, PartyBuildingErrorCodes.Identity.PasswordTooWeak);

        (await host.ListAsync<TenantDto>("/api/host/tenants?filter=pwd-weak")).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Abcdefg1")]     // 8 characters, 3 classes
    [InlineData("abcdefg#1")]    // lower case, symbol, digit
    [InlineData("党建Ab#12345")]  // Chinese characters do not hurt
    public async Task Should_create_the_user_When_the_password_has_8_characters_from_3_classes(string password)
    {
        await CommitteeAsync();
        var admin = await fixture.SharedSessionAsync(Code, $"{Code}.admin");
        var userName = $"strong{Guid.NewGuid():N}"[..16];

        (await admin.SendAsync(HttpMethod.Post, "/api/identity/users", new { userName, name = userName, password }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        using var created = await fixture.SignInAsync(Code, userName, password);
    }
}

public sealed class PasswordPolicyTestsOnSqlite(SqliteFixture fixture)
    : PasswordPolicyTests(fixture), IClassFixture<SqliteFixture>;

public sealed class PasswordPolicyTestsOnPostgreSql(PostgreSqlFixture fixture)
    : PasswordPolicyTests(fixture), IClassFixture<PostgreSqlFixture>;

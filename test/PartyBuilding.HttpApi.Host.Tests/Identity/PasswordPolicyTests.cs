using System.Net;
using PartyBuilding.Support;
using PartyBuilding.Tenancy;
using PartyBuilding.Testing;
using Shouldly;
using Xunit;

namespace PartyBuilding.Identity;

/// <summary>MLPS password rule through the API: at least 8 characters from at least 3 of the 4 character classes.</summary>
public abstract class PasswordPolicyTests(PlatformFixture fixture)
{
    private const string Code = "pwd";

    public static TheoryData<string> WeakPasswords => new()
    {
        "Ab#1234",      // 7 characters, all four classes
        "abcdefgh12",   // lower case and digits only
        "ABCDEFGH#$",   // upper case and symbols only
        "abcdEFGHij",   // lower and upper case only
        "密码密码密码密码",  // long, but no class a person can count on
    };

    private Task<TenantDto> CommitteeAsync() => fixture.SharedAsync("committee", () => fixture.CreateCommitteeAsync(Code));

    [Theory]
    [MemberData(nameof(WeakPasswords))]
    public async Task Should_answer_400_PasswordTooWeak_When_a_user_is_created_with_a_weak_password(string password)
    {
        await CommitteeAsync();
        var admin = await fixture.SharedSessionAsync(Code, $"{Code}.admin");

        await (await admin.SendAsync(HttpMethod.Post, "/api/identity/users", new { userName = "weak", name = "weak", password }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, PartyBuildingErrorCodes.Identity.PasswordTooWeak);

        (await admin.ListAsync<UserDto>("/api/identity/users?filter=weak")).ShouldBeEmpty();
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
    [MemberData(nameof(WeakPasswords))]
    public async Task Should_answer_400_PasswordTooWeak_and_keep_the_old_password_When_an_update_sets_a_weak_password(string password)
    {
        var committee = await CommitteeAsync();
        var user = await fixture.SharedAsync("keeper", () => fixture.CreateUserAsync(committee.Id, "keeper", RoleNames.Member));
        var admin = await fixture.SharedSessionAsync(Code, $"{Code}.admin");
        var current = await (await admin.SendAsync(HttpMethod.Get, $"/api/identity/users/{user.Id}")).ReadAsync<UserDto>();

        await (await admin.SendAsync(HttpMethod.Put, $"/api/identity/users/{user.Id}", new
            {
                name = "keeper renamed",
                isActive = true,
                roleNames = current.RoleNames,
                password,
                concurrencyStamp = current.ConcurrencyStamp,
            }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, PartyBuildingErrorCodes.Identity.PasswordTooWeak);

        var after = await (await admin.SendAsync(HttpMethod.Get, $"/api/identity/users/{user.Id}")).ReadAsync<UserDto>();
        after.Name.ShouldBe("keeper", "the refused update is rolled back as a whole");
        using var keeper = await fixture.SignInAsync(Code, "keeper");
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

using System.Net;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Support;
using PartyBuilding.Tenancy;
using PartyBuilding.Testing;
using Shouldly;
using Xunit;

namespace PartyBuilding.Identity;

/// <summary>Users and roles of a committee through the API: stale copies, masked personal data, guarded sorting.</summary>
public abstract class UserManagementTests(PlatformFixture fixture)
{
    private const string Code = "um";

    private Task<TenantDto> CommitteeAsync() => fixture.SharedAsync("committee", () => fixture.CreateCommitteeAsync(Code));

    private async Task<SessionClient> AdminAsync()
    {
        await CommitteeAsync();
        return await fixture.SharedSessionAsync(Code, $"{Code}.admin");
    }

    private static object UpdateOf(UserDto user, string name, string? concurrencyStamp = null) => new
    {
        name,
        email = user.Email,
        isActive = user.IsActive,
        roleNames = user.RoleNames,
        concurrencyStamp = concurrencyStamp ?? user.ConcurrencyStamp,
    };

    [Fact]
    public async Task Should_answer_409_ConcurrencyConflict_When_a_user_is_updated_from_a_stale_copy()
    {
        var admin = await AdminAsync();
        var user = await (await admin.SendAsync(HttpMethod.Post, "/api/identity/users",
                new { userName = "stale-user", name = "原名", password = PlatformFixture.UserPassword }))
            .ReadAsync<UserDto>(HttpStatusCode.Created);
        var first = await (await admin.SendAsync(HttpMethod.Put, $"/api/identity/users/{user.Id}", UpdateOf(user, "第一次修改"))).ReadAsync<UserDto>();

        await (await admin.SendAsync(HttpMethod.Put, $"/api/identity/users/{user.Id}", UpdateOf(user, "旧副本上的修改")))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, FrameworkErrorCodes.ConcurrencyConflict);

        var stored = await (await admin.SendAsync(HttpMethod.Get, $"/api/identity/users/{user.Id}")).ReadAsync<UserDto>();
        stored.Name.ShouldBe("第一次修改");
        stored.ConcurrencyStamp.ShouldBe(first.ConcurrencyStamp);
    }

    [Fact]
    public async Task Should_answer_409_ConcurrencyConflict_When_a_role_is_updated_from_a_stale_copy()
    {
        var admin = await AdminAsync();
        var role = await (await admin.SendAsync(HttpMethod.Post, "/api/identity/roles", new { name = "stale-role", displayName = "原名" }))
            .ReadAsync<RoleDto>(HttpStatusCode.Created);
        (await admin.SendAsync(HttpMethod.Put, $"/api/identity/roles/{role.Id}", new { displayName = "第一次修改", concurrencyStamp = role.ConcurrencyStamp }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        await (await admin.SendAsync(HttpMethod.Put, $"/api/identity/roles/{role.Id}", new { displayName = "旧副本上的修改", concurrencyStamp = role.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, FrameworkErrorCodes.ConcurrencyConflict);

        (await (await admin.SendAsync(HttpMethod.Get, $"/api/identity/roles/{role.Id}")).ReadAsync<RoleDto>()).DisplayName.ShouldBe("第一次修改");
    }

    [Fact]
    public async Task Should_answer_409_UserNameAlreadyExists_When_the_user_name_is_taken_in_the_committee()
    {
        var admin = await AdminAsync();

        await (await admin.SendAsync(HttpMethod.Post, "/api/identity/users", new { userName = $"{Code}.admin", name = "dup", password = PlatformFixture.UserPassword }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, PartyBuildingErrorCodes.Identity.UserNameAlreadyExists);
    }

    [Fact]
    public async Task Should_answer_400_When_the_admin_deletes_a_static_role_or_itself()
    {
        var admin = await AdminAsync();
        var me = await admin.GetJsonAsync<CurrentUserDto>("/api/account/me");
        var member = (await admin.ListAsync<RoleDto>("/api/identity/roles")).Single(r => r.Name == RoleNames.Member);

        await (await admin.SendAsync(HttpMethod.Delete, $"/api/identity/roles/{member.Id}"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, PartyBuildingErrorCodes.Identity.StaticRoleCannotChange);
        await (await admin.SendAsync(HttpMethod.Delete, $"/api/identity/users/{me.Id}"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, PartyBuildingErrorCodes.Identity.CannotDeleteSelf);

        (await admin.SendAsync(HttpMethod.Get, $"/api/identity/roles/{member.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.SendAsync(HttpMethod.Get, $"/api/identity/users/{me.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_mask_the_phone_number_in_every_answer_When_users_are_read()
    {
        var admin = await AdminAsync();
        var created = await (await admin.SendAsync(HttpMethod.Post, "/api/identity/users",
                new { userName = "masked", name = "masked", phoneNumber = "13812345678", password = PlatformFixture.UserPassword }))
            .ReadAsync<UserDto>(HttpStatusCode.Created);

        created.PhoneNumber.ShouldBe("138****5678");
        (await (await admin.SendAsync(HttpMethod.Get, $"/api/identity/users/{created.Id}")).ReadAsync<UserDto>()).PhoneNumber.ShouldBe("138****5678");
        var list = await admin.Http.GetStringAsync("/api/identity/users?maxResultCount=1000");
        list.ShouldContain("138****5678");
        list.ShouldNotContain("13812345678");
    }

    [Theory]
    [InlineData("phoneNumber")]
    [InlineData("email")]
    [InlineData("passwordHash")]
    [InlineData("securityStamp")]
    public async Task Should_answer_400_InvalidSorting_When_the_list_is_sorted_by_a_masked_or_secret_field(string field)
    {
        // Sorting by a masked field is an oracle: plant users with chosen numbers and read where the others fall.
        var admin = await AdminAsync();

        await (await admin.SendAsync(HttpMethod.Get, $"/api/identity/users?sorting={field}"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, FrameworkErrorCodes.InvalidSorting);
    }
}

public sealed class UserManagementTestsOnSqlite(SqliteFixture fixture)
    : UserManagementTests(fixture), IClassFixture<SqliteFixture>;

public sealed class UserManagementTestsOnPostgreSql(PostgreSqlFixture fixture)
    : UserManagementTests(fixture), IClassFixture<PostgreSqlFixture>;

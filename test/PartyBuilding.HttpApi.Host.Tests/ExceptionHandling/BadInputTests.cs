using System.Net;
using System.Text;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Identity;
using PartyBuilding.Support;
using PartyBuilding.Tenancy;
using PartyBuilding.Testing;
using Shouldly;
using Xunit;

namespace PartyBuilding.ExceptionHandling;

/// <summary>Bad input of every kind is answered with ProblemDetails and a stable code: never a 500, never a stack trace.</summary>
public abstract class BadInputTests(PlatformFixture fixture)
{
    private const string Code = "bad";
    private static readonly string TenThousand = new('x', 10_000);

    private Task<TenantDto> CommitteeAsync() => fixture.SharedAsync("committee", () => fixture.CreateCommitteeAsync(Code));

    private async Task<SessionClient> AdminAsync()
    {
        await CommitteeAsync();
        return await fixture.SharedSessionAsync(Code, $"{Code}.admin");
    }

    private static async Task<HttpResponseMessage> PostRawAsync(SessionClient client, string url, string json, string mediaType = "application/json") =>
        await client.Http.PostAsync(url, new StringContent(json, Encoding.UTF8, mediaType));

    private async Task RolesShouldBeUnchangedAsync(SessionClient admin) =>
        (await admin.ListAsync<RoleDto>("/api/identity/roles")).Select(r => r.Name).ShouldBe(RoleNames.TenantRoles, ignoreOrder: true);

    [Theory]
    [InlineData("{\"name\": \"broken\", ")]
    [InlineData("{name: 'broken'}")]
    [InlineData("not json at all")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"name\": \"broken\"} trailing")]
    public async Task Should_answer_400_ValidationFailed_When_the_body_is_malformed_json(string json)
    {
        var admin = await AdminAsync();

        var problem = await (await PostRawAsync(admin, "/api/identity/roles", json))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, FrameworkErrorCodes.ValidationFailed);

        problem.Errors.ShouldNotBeNull().ShouldNotBeEmpty();
        await RolesShouldBeUnchangedAsync(admin);
    }

    [Theory]
    [InlineData("/api/identity/roles", "{\"name\": 5, \"displayName\": \"x\"}", "name")]
    [InlineData("/api/identity/roles", "{\"name\": \"ok\", \"displayName\": {\"nested\": true}}", "displayName")]
    [InlineData("/api/identity/users", "{\"userName\": \"u1\", \"name\": \"u1\", \"password\": \"User#2026pb\", \"isActive\": \"yes\"}", "isActive")]
    [InlineData("/api/identity/users", "{\"userName\": \"u2\", \"name\": \"u2\", \"password\": \"User#2026pb\", \"roleNames\": \"Member\"}", "roleNames")]
    [InlineData("/api/identity/users", "{\"userName\": [\"u3\"], \"name\": \"u3\", \"password\": \"User#2026pb\"}", "userName")]
    public async Task Should_answer_400_with_the_field_in_errors_When_a_json_value_has_the_wrong_type(string url, string json, string field)
    {
        var admin = await AdminAsync();

        var problem = await (await PostRawAsync(admin, url, json))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, FrameworkErrorCodes.ValidationFailed);

        problem.Errors.ShouldNotBeNull().Keys.ShouldContain(field);
    }

    [Fact]
    public async Task Should_answer_400_with_the_field_in_errors_and_save_nothing_When_a_string_holds_NUL()
    {
        var admin = await AdminAsync();

        var problem = await (await PostRawAsync(admin, "/api/identity/roles", "{\"name\": \"nul\", \"displayName\": \"a\\u0000b\"}"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, FrameworkErrorCodes.ValidationFailed);

        problem.Errors.ShouldNotBeNull().Keys.ShouldBe(["displayName"]);
        await RolesShouldBeUnchangedAsync(admin);
    }

    [Theory]
    [InlineData("/api/identity/users?filter=a%00b")]
    [InlineData("/api/audit-logs?userName=a%00b")]
    public async Task Should_answer_400_When_a_query_parameter_holds_NUL(string url)
    {
        var admin = await AdminAsync();

        await (await admin.SendAsync(HttpMethod.Get, url)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, FrameworkErrorCodes.ValidationFailed);
    }

    [Fact]
    public async Task Should_answer_400_When_required_fields_are_null_or_the_body_is_empty()
    {
        var admin = await AdminAsync();

        var nulls = await (await PostRawAsync(admin, "/api/identity/roles", "{\"name\": null, \"displayName\": null}"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, FrameworkErrorCodes.ValidationFailed);
        nulls.Errors.ShouldNotBeNull().Keys.ShouldBe(["name", "displayName"], ignoreOrder: true);

        await (await PostRawAsync(admin, "/api/identity/roles", ""))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, FrameworkErrorCodes.ValidationFailed);
    }

    [Fact]
    public async Task Should_answer_400_When_the_json_is_nested_deeper_than_allowed()
    {
        var admin = await AdminAsync();
        var deep = "{\"name\": \"deep\", \"displayName\": \"deep\", \"x\": " + new string('[', 200) + new string(']', 200) + "}";

        await (await PostRawAsync(admin, "/api/identity/roles", deep))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, FrameworkErrorCodes.ValidationFailed);
        await RolesShouldBeUnchangedAsync(admin);
    }

    [Fact]
    public async Task Should_answer_415_UnsupportedMediaType_When_the_content_type_is_not_json()
    {
        var admin = await AdminAsync();

        var response = await PostRawAsync(admin, "/api/identity/roles", "name=x&displayName=y", "application/x-www-form-urlencoded");

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType, FrameworkErrorCodes.UnsupportedMediaType);
    }

    [Fact]
    public async Task Should_answer_400_with_the_field_in_errors_When_strings_are_10000_characters_long()
    {
        var admin = await AdminAsync();

        var role = await (await admin.SendAsync(HttpMethod.Post, "/api/identity/roles", new { name = TenThousand, displayName = TenThousand }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, FrameworkErrorCodes.ValidationFailed);
        role.Errors.ShouldNotBeNull().Keys.ShouldBe(["name", "displayName"], ignoreOrder: true);

        var user = await (await admin.SendAsync(HttpMethod.Post, "/api/identity/users", new
            {
                userName = "longname",
                name = TenThousand,
                email = TenThousand + "@example.com",
                phoneNumber = TenThousand,
                password = PlatformFixture.UserPassword,
            }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, FrameworkErrorCodes.ValidationFailed);
        user.Errors.ShouldNotBeNull().Keys.ShouldContain("name");
        user.Errors.Keys.ShouldContain("email");
        user.Errors.Keys.ShouldContain("phoneNumber");

        var filter = await (await admin.SendAsync(HttpMethod.Get, $"/api/identity/users?filter={TenThousand}"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, FrameworkErrorCodes.ValidationFailed);
        filter.Errors.ShouldNotBeNull().Keys.ShouldContain("filter");

        var login = await (await fixture.CreateRawClient().SendAsync(HttpMethod.Post, "/api/account/login",
                new { tenant = Code, userName = TenThousand, password = TenThousand }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, FrameworkErrorCodes.ValidationFailed);
        login.Errors.ShouldNotBeNull().Keys.ShouldContain("userName");

        await RolesShouldBeUnchangedAsync(admin);
        (await admin.ListAsync<UserDto>("/api/identity/users?filter=longname")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_answer_400_with_errors_name_When_a_committee_name_is_10000_characters_long()
    {
        var host = await fixture.SharedHostAdminAsync();

        var problem = await (await host.SendAsync(HttpMethod.Post, "/api/host/tenants", new
            {
                code = "bad-long",
                name = TenThousand,
                region = TenThousand,
                adminUserName = "bad-long.admin",
                adminPassword = PlatformFixture.UserPassword,
            }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, FrameworkErrorCodes.ValidationFailed);

        problem.Errors.ShouldNotBeNull().Keys.ShouldContain("name");
        problem.Errors.Keys.ShouldContain("region");
        (await host.ListAsync<TenantDto>("/api/host/tenants?filter=bad-long")).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("/api/identity/users?maxResultCount=5000", "maxResultCount")]
    [InlineData("/api/identity/users?maxResultCount=0", "maxResultCount")]
    [InlineData("/api/identity/users?maxResultCount=abc", "maxResultCount")]
    [InlineData("/api/identity/users?maxResultCount=99999999999", "maxResultCount")]
    [InlineData("/api/identity/users?skipCount=-1", "skipCount")]
    [InlineData("/api/audit-logs?maxResultCount=5000", "maxResultCount")]
    [InlineData("/api/audit-logs?from=yesterday", "from")]
    public async Task Should_answer_400_with_the_parameter_in_errors_When_a_query_parameter_is_out_of_range_or_malformed(string url, string field)
    {
        var admin = await AdminAsync();

        var problem = await (await admin.SendAsync(HttpMethod.Get, url))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, FrameworkErrorCodes.ValidationFailed);

        problem.Errors.ShouldNotBeNull().Keys.ShouldContain(field);
    }

    [Fact]
    public async Task Should_answer_400_with_errors_maxResultCount_When_the_host_lists_5000_committees()
    {
        var host = await fixture.SharedHostAdminAsync();

        var problem = await (await host.SendAsync(HttpMethod.Get, "/api/host/tenants?maxResultCount=5000"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, FrameworkErrorCodes.ValidationFailed);

        problem.Errors.ShouldNotBeNull().Keys.ShouldContain("maxResultCount");
    }

    [Theory]
    [InlineData("/api/identity/users?sorting=nope")]
    [InlineData("/api/identity/users?sorting=userName%20sideways")]
    [InlineData("/api/identity/users?sorting=userName%3B%20drop%20table%20users")]
    [InlineData("/api/identity/users?sorting=userName%20desc%20extra")]
    [InlineData("/api/host/tenants?sorting=nope")]
    public async Task Should_answer_400_InvalidSorting_When_the_sorting_names_no_sortable_field(string url)
    {
        var client = url.StartsWith("/api/host", StringComparison.Ordinal)
            ? await fixture.SharedHostAdminAsync()
            : await AdminAsync();

        await (await client.SendAsync(HttpMethod.Get, url)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, FrameworkErrorCodes.InvalidSorting);
    }

    [Theory]
    [InlineData("userName desc")]
    [InlineData("creationTime")]
    [InlineData("NAME asc")]
    public async Task Should_sort_When_the_sorting_names_a_field_of_the_user(string sorting)
    {
        var admin = await AdminAsync();

        (await admin.SendAsync(HttpMethod.Get, $"/api/identity/users?sorting={Uri.EscapeDataString(sorting)}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_answer_413_PayloadTooLarge_When_the_body_is_over_30_MB()
    {
        var admin = await AdminAsync();
        var padding = new byte[PartyBuildingHost.MaxRequestBodyBytes + 1024 * 1024];
        Array.Fill(padding, (byte)'a');
        var body = Encoding.UTF8.GetBytes("{\"name\": \"huge\", \"displayName\": \"")
            .Concat(padding).Concat(Encoding.UTF8.GetBytes("\"}")).ToArray();
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");

        var response = await admin.Http.PostAsync("/api/identity/roles", content);

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, FrameworkErrorCodes.PayloadTooLarge);
        await RolesShouldBeUnchangedAsync(admin);
    }

    [Theory]
    [InlineData("GET", "/api/no-such-route")]
    [InlineData("POST", "/api/no-such-route")]
    [InlineData("DELETE", "/api/identity/nothing/here")]
    [InlineData("GET", "/api/identity/users/not-a-guid")]
    [InlineData("GET", "/api")]
    public async Task Should_answer_404_NotFound_ProblemDetails_When_the_api_route_does_not_exist(string method, string url)
    {
        var admin = await AdminAsync();

        await (await admin.SendAsync(new HttpMethod(method), url)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "PartyBuilding:NotFound");
    }

    [Fact]
    public async Task Should_answer_ProblemDetails_not_500_When_a_route_gets_an_unsupported_method()
    {
        var admin = await AdminAsync();

        var response = await admin.SendAsync(HttpMethod.Patch, "/api/identity/users");

        ((int)response.StatusCode).ShouldBeOneOf(404, 405);
        await Problem.ReadAsync(response);
    }
}

public sealed class BadInputTestsOnSqlite(SqliteFixture fixture)
    : BadInputTests(fixture), IClassFixture<SqliteFixture>;

public sealed class BadInputTestsOnPostgreSql(PostgreSqlFixture fixture)
    : BadInputTests(fixture), IClassFixture<PostgreSqlFixture>;

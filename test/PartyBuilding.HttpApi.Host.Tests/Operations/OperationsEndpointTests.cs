using System.Net;
using System.Text.Json;
using PartyBuilding.Support;
using PartyBuilding.Testing;
using Shouldly;
using Xunit;

namespace PartyBuilding.Operations;

/// <summary>Health probes, the OpenAPI document, and console paths left to the SPA.</summary>
public abstract class OperationsEndpointTests(PlatformFixture fixture)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Should_answer_200_Healthy_When_a_probe_asks_anonymously(string url)
    {
        using var http = fixture.CreateRawClient();

        var response = await http.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task Should_list_the_api_routes_When_the_openapi_document_is_read()
    {
        using var http = fixture.CreateRawClient();

        var response = await http.GetAsync("/openapi/v1.json");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.ShouldContain("/api/account/login");
        paths.ShouldContain("/api/account/token");
        paths.ShouldContain("/api/account/me");
        paths.ShouldContain("/api/host/tenants");
        paths.ShouldContain("/api/host/tenants/{id}");
        paths.ShouldContain("/api/identity/users");
        paths.ShouldContain("/api/identity/users/{id}");
        paths.ShouldContain("/api/identity/roles/{id}/permissions");
        paths.ShouldContain("/api/audit-logs");
        paths.ShouldContain("/api/jobs");
        paths.ShouldNotContain(p => p.Contains("**"), "the API's 404 catch-all is not an operation");
    }

    [Theory]
    [InlineData("/some/page")]
    [InlineData("/identity/users")]
    [InlineData("/host/tenants/123")]
    public async Task Should_not_answer_ProblemDetails_When_a_console_path_outside_the_api_is_requested(string url)
    {
        using var http = fixture.CreateRawClient();

        var response = await http.GetAsync(url);

        ((int)response.StatusCode).ShouldBeLessThan(500);
        response.Content.Headers.ContentType?.MediaType.ShouldNotBe("application/problem+json");
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("PartyBuilding:");
    }

    [Fact]
    public async Task Should_answer_404_ProblemDetails_When_an_api_path_is_unknown_even_though_the_spa_fallback_exists()
    {
        using var http = fixture.CreateRawClient();

        await (await http.GetAsync("/api/some/page")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "PartyBuilding:NotFound");
    }
}

public sealed class OperationsEndpointTestsOnSqlite(SqliteFixture fixture)
    : OperationsEndpointTests(fixture), IClassFixture<SqliteFixture>;

public sealed class OperationsEndpointTestsOnPostgreSql(PostgreSqlFixture fixture)
    : OperationsEndpointTests(fixture), IClassFixture<PostgreSqlFixture>;

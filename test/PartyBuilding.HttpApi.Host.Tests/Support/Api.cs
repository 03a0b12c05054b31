using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using PartyBuilding.Testing;
using Shouldly;

namespace PartyBuilding.Support;

/// <summary>A page of a list answer, as the client reads it.</summary>
public sealed record Paged<T>(long TotalCount, List<T> Items);

/// <summary>The answer of <c>POST /api/account/token</c>.</summary>
public sealed record TokenAnswer(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken);

/// <summary>HTTP helpers shared by the host tests: sign-in, requests with headers, ProblemDetails assertions.</summary>
public static class Api
{
    public const string HostAdmin = "admin";

    private static readonly ConditionalWeakTable<PlatformFixture, ConcurrentDictionary<string, Lazy<Task<object>>>> States = new();

    /// <summary>
    /// State built once per fixture (one per test class) and shared by its tests, e.g. the committees they use:
    /// xunit builds a new test class instance per test, the fixture lives for the class.
    /// </summary>
    public static async Task<T> SharedAsync<T>(this PlatformFixture fixture, string key, Func<Task<T>> factory)
        where T : class
    {
        var states = States.GetValue(fixture, _ => new ConcurrentDictionary<string, Lazy<Task<object>>>());
        return (T)await states.GetOrAdd(key, _ => new Lazy<Task<object>>(async () => await factory())).Value;
    }

    public static Task<SessionClient> SignInAsync(this PlatformFixture fixture, string? tenant, string userName, string? password = null) =>
        fixture.CreateSession().SignedInAsync(tenant, userName, password ?? PlatformFixture.UserPassword);

    public static Task<SessionClient> SignInHostAdminAsync(this PlatformFixture fixture) =>
        fixture.SignInAsync("", HostAdmin, PlatformFixture.HostAdminPassword);

    /// <summary>
    /// One signed-in session shared by the tests of a class, so each class pays for a login once. Tests must not
    /// dispose it, log it out, or move the clock past the idle timeout while using it.
    /// </summary>
    public static Task<SessionClient> SharedSessionAsync(this PlatformFixture fixture, string? tenant, string userName, string? password = null) =>
        fixture.SharedAsync($"session:{tenant}:{userName}", () => fixture.SignInAsync(tenant, userName, password));

    public static Task<SessionClient> SharedHostAdminAsync(this PlatformFixture fixture) =>
        fixture.SharedSessionAsync("", HostAdmin, PlatformFixture.HostAdminPassword);

    /// <summary>A client without cookies or antiforgery handling: what a script or an attacker's page sends.</summary>
    public static HttpClient CreateRawClient(this PlatformFixture fixture) => fixture.CreateDefaultClient();

    public static async Task<TokenAnswer> GetTokenAsync(this PlatformFixture fixture, string? tenant, string userName, string? password = null)
    {
        using var http = fixture.CreateRawClient();
        var response = await http.PostAsJsonAsync("/api/account/token",
            new { tenant, userName, password = password ?? PlatformFixture.UserPassword });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<TokenAnswer>(SessionClient.Json))!;
    }

    /// <summary>A client that authenticates with <c>Authorization: Bearer</c> only.</summary>
    public static async Task<HttpClient> BearerClientAsync(this PlatformFixture fixture, string? tenant, string userName, string? password = null)
    {
        var token = await fixture.GetTokenAsync(tenant, userName, password);
        var http = fixture.CreateRawClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return http;
    }

    public static Task<HttpResponseMessage> SendAsync(
        this HttpClient http, HttpMethod method, string url, object? body = null, string? tenant = null, string? language = null)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: SessionClient.Json);
        }

        if (tenant is not null)
        {
            request.Headers.Add("__tenant", tenant);
        }

        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        return http.SendAsync(request);
    }

    public static Task<HttpResponseMessage> SendAsync(
        this SessionClient client, HttpMethod method, string url, object? body = null, string? tenant = null, string? language = null) =>
        client.Http.SendAsync(method, url, body, tenant, language);

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<T>(SessionClient.Json))!;
    }

    /// <summary>Asserts the status, the ProblemDetails shape (no stack trace) and the stable error code.</summary>
    public static async Task<Problem> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string code)
    {
        response.StatusCode.ShouldBe(status, await response.Content.ReadAsStringAsync());
        var problem = await Problem.ReadAsync(response);
        problem.Status.ShouldBe((int)status);
        problem.Code.ShouldBe(code);
        problem.Title.ShouldNotBeNullOrWhiteSpace();
        return problem;
    }

    public static async Task<List<T>> ListAsync<T>(this SessionClient client, string url, string? tenant = null)
    {
        var response = await client.SendAsync(HttpMethod.Get, url, tenant: tenant);
        return (await response.ReadAsync<Paged<T>>()).Items;
    }
}

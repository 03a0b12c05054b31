using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;

namespace PartyBuilding.Testing;

/// <summary>Keeps cookies per client and adds the antiforgery header to unsafe requests, as Angular does.</summary>
public sealed class SessionHandler : DelegatingHandler
{
    private readonly CookieContainer _cookies = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        var header = _cookies.GetCookieHeader(uri);
        if (header.Length > 0)
        {
            request.Headers.Add("Cookie", header);
        }

        var xsrf = _cookies.GetCookies(uri)["XSRF-TOKEN"];
        if (xsrf is not null && request.Method != HttpMethod.Get && !request.Headers.Contains("X-XSRF-TOKEN"))
        {
            request.Headers.Add("X-XSRF-TOKEN", xsrf.Value);
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var cookie in setCookies)
            {
                _cookies.SetCookies(uri, cookie);
            }
        }

        return response;
    }
}

public sealed class SessionClient(HttpClient http) : IDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public HttpClient Http { get; } = http;

    public async Task<HttpResponseMessage> LoginAsync(string? tenant, string userName, string password)
    {
        var response = await Http.PostAsJsonAsync("/api/account/login", new { tenant, userName, password });
        if (response.IsSuccessStatusCode)
        {
            // The console reads /me after signing in; it also issues the antiforgery token for the new session.
            (await Http.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        return response;
    }

    public async Task<SessionClient> SignedInAsync(string? tenant, string userName, string password)
    {
        (await LoginAsync(tenant, userName, password)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        return this;
    }

    public async Task<T> GetJsonAsync<T>(string url)
    {
        var response = await Http.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    public void Dispose() => Http.Dispose();
}

/// <summary>The ProblemDetails shape the API answers with, for assertions.</summary>
public sealed record Problem(int Status, string Code, string Title, Dictionary<string, string[]>? Errors)
{
    public static async Task<Problem> ReadAsync(HttpResponseMessage response)
    {
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldNotContain("   at ", Case.Sensitive, "no stack trace may reach a client");
        return JsonSerializer.Deserialize<Problem>(body, SessionClient.Json)!;
    }
}

using System.Net;
using System.Net.Http.Json;
using PartyBuilding.Testing;
using Shouldly;

namespace PartyBuilding.Support;

/// <summary>
/// A cookie session driven by hand: the test decides which cookies and headers each request carries, to play a
/// forged cross-site request or a cookie replayed after logout.
/// </summary>
public sealed class RawSession(HttpClient http) : IDisposable
{
    private static readonly Uri Origin = new("http://localhost/");

    public CookieContainer Cookies { get; } = new();

    public HttpClient Http { get; } = http;

    public string? XsrfToken => Cookies.GetCookies(Origin)["XSRF-TOKEN"]?.Value;

    public static async Task<RawSession> SignInAsync(PlatformFixture fixture, string? tenant, string userName, string? password = null)
    {
        var session = new RawSession(fixture.CreateRawClient());
        var login = await session.Http.PostAsJsonAsync("/api/account/login",
            new { tenant, userName, password = password ?? PlatformFixture.UserPassword });
        login.StatusCode.ShouldBe(HttpStatusCode.NoContent, await login.Content.ReadAsStringAsync());
        session.Keep(login);
        var me = await session.SendAsync(HttpMethod.Get, "/api/account/me");
        me.StatusCode.ShouldBe(HttpStatusCode.OK);
        session.XsrfToken.ShouldNotBeNullOrEmpty();
        return session;
    }

    /// <summary>Sends with the kept cookies; <paramref name="xsrf"/> is the header value, none when null.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, object? body = null, string? xsrf = null, string? cookieHeader = null)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: SessionClient.Json);
        }

        var cookies = cookieHeader ?? Cookies.GetCookieHeader(Origin);
        if (cookies.Length > 0)
        {
            request.Headers.Add("Cookie", cookies);
        }

        if (xsrf is not null)
        {
            request.Headers.Add("X-XSRF-TOKEN", xsrf);
        }

        var response = await Http.SendAsync(request);
        Keep(response);
        return response;
    }

    public string CookieHeader => Cookies.GetCookieHeader(Origin);

    private void Keep(HttpResponseMessage response)
    {
        if (response.Headers.TryGetValues("Set-Cookie", out var values))
        {
            foreach (var value in values)
            {
                Cookies.SetCookies(Origin, value);
            }
        }
    }

    public void Dispose() => Http.Dispose();
}

using System.Diagnostics;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PartyBuilding.DataGeneration;
using PartyBuilding.EntityFrameworkCore;
using PartyBuilding.Testing;

namespace PartyBuilding.Benchmarks;

/// <summary>What authorization costs one warm request: its SQL commands and its share of the latency.</summary>
public sealed record AuthorizationCostResult(
    DatabaseProvider Provider, string Endpoint, int Requests, double CommandsPerMe, double CommandsAuthorized,
    double CommandsUnauthorized, double AuthorizedMs, double UnauthorizedMs)
{
    /// <summary>SQL commands authorization adds to a request of the endpoint.</summary>
    public double CommandsAdded => CommandsAuthorized - CommandsUnauthorized;

    public double LatencyRatio => AuthorizedMs / UnauthorizedMs;
}

/// <summary>
/// P6: once warm, an authorized request should cost no SQL of its own (grants and committee lookups come from
/// memory caches) and little time. Counts the SQL commands of <c>GET /api/account/me</c>, and compares an
/// organisation's detail page through the platform with the same endpoint on a second host over the same
/// database in which authorization is switched off: the first authentication is remembered for every later
/// request (no cookie to decrypt, no security stamp to check) and every permission policy succeeds. Reach, being
/// part of the query, stays in both. Requests alternate; medians are compared.
/// </summary>
public static class AuthorizationCost
{
    public static async Task<AuthorizationCostResult> MeasureAsync(CountyDatabase county, int requests)
    {
        var endpoint = $"/api/organizations/{county.Township}";
        var commands = county.Fixture.Commands;
        using var authorized = await county.AdminSessionAsync();
        await using var open = county.Fixture.WithWebHostBuilder(b => b.ConfigureTestServices(WithoutAuthorization));
        using var unauthorized = await new SessionClient(open.CreateDefaultClient(new SessionHandler()))
            .SignedInAsync(county.Code, county.AdminUserName, GenerationPlan.Password);

        await authorized.Http.GetStringAsync("/api/account/me");
        var before = commands.Count;
        for (var i = 0; i < requests; i++)
        {
            await authorized.Http.GetStringAsync("/api/account/me");
        }

        var commandsPerMe = (commands.Count - before) / (double)requests;

        await authorized.Http.GetStringAsync(endpoint);
        await unauthorized.Http.GetStringAsync(endpoint);
        var authorizedMs = new List<double>(requests);
        var unauthorizedMs = new List<double>(requests);
        long authorizedCommands = 0;
        long unauthorizedCommands = 0;
        for (var i = 0; i < requests; i++)
        {
            before = commands.Count;
            var started = Stopwatch.GetTimestamp();
            await authorized.Http.GetStringAsync(endpoint);
            authorizedMs.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            authorizedCommands += commands.Count - before;

            before = commands.Count;
            started = Stopwatch.GetTimestamp();
            await unauthorized.Http.GetStringAsync(endpoint);
            unauthorizedMs.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            unauthorizedCommands += commands.Count - before;
        }

        return new AuthorizationCostResult(
            county.Provider, "GET /api/organizations/{id}", requests, commandsPerMe,
            authorizedCommands / (double)requests, unauthorizedCommands / (double)requests,
            Statistics.Median(authorizedMs), Statistics.Median(unauthorizedMs));
    }

    private static void WithoutAuthorization(IServiceCollection services)
    {
        services.RemoveAll<IAuthorizationService>();
        services.AddSingleton<IAuthorizationService, AllowEverything>();
        var authentication = services.Single(d => d.ServiceType == typeof(IAuthenticationService));
        services.Remove(authentication);
        var remembered = new RememberedPrincipal();
        services.AddScoped<IAuthenticationService>(sp => new RememberingAuthentication(
            (IAuthenticationService)ActivatorUtilities.CreateInstance(sp, authentication.ImplementationType!), remembered));
    }

    private sealed class AllowEverything : IAuthorizationService
    {
        public Task<AuthorizationResult> AuthorizeAsync(ClaimsPrincipal user, object? resource, IEnumerable<IAuthorizationRequirement> requirements) =>
            Task.FromResult(AuthorizationResult.Success());

        public Task<AuthorizationResult> AuthorizeAsync(ClaimsPrincipal user, object? resource, string policyName) =>
            Task.FromResult(AuthorizationResult.Success());
    }

    private sealed class RememberedPrincipal
    {
        public AuthenticateResult? Result { get; set; }
    }

    /// <summary>Authenticates once for real; every later request is that user without any check.</summary>
    private sealed class RememberingAuthentication(IAuthenticationService inner, RememberedPrincipal remembered) : IAuthenticationService
    {
        public async Task<AuthenticateResult> AuthenticateAsync(Microsoft.AspNetCore.Http.HttpContext context, string? scheme)
        {
            if (remembered.Result is { } known)
            {
                return known;
            }

            var result = await inner.AuthenticateAsync(context, scheme);
            if (result.Succeeded)
            {
                remembered.Result = result;
            }

            return result;
        }

        public Task ChallengeAsync(Microsoft.AspNetCore.Http.HttpContext context, string? scheme, AuthenticationProperties? properties) =>
            inner.ChallengeAsync(context, scheme, properties);

        public Task ForbidAsync(Microsoft.AspNetCore.Http.HttpContext context, string? scheme, AuthenticationProperties? properties) =>
            inner.ForbidAsync(context, scheme, properties);

        public Task SignInAsync(Microsoft.AspNetCore.Http.HttpContext context, string? scheme, ClaimsPrincipal principal, AuthenticationProperties? properties) =>
            inner.SignInAsync(context, scheme, principal, properties);

        public Task SignOutAsync(Microsoft.AspNetCore.Http.HttpContext context, string? scheme, AuthenticationProperties? properties) =>
            inner.SignOutAsync(context, scheme, properties);
    }
}

using Microsoft.AspNetCore.Antiforgery;
using PartyBuilding.ExceptionHandling;
using PartyBuilding.Framework.ExceptionHandling;

namespace PartyBuilding.Security;

/// <summary>
/// A cookie travels with every request the browser makes, including ones forged by other sites; so an unsafe
/// request authenticated by the session cookie must also carry the antiforgery header the SPA reads from the
/// <c>XSRF-TOKEN</c> cookie. Bearer-token clients are not exposed to this and skip the check.
/// </summary>
public sealed class AntiforgeryMiddleware(RequestDelegate next)
{
    public const string RequestTokenCookie = "XSRF-TOKEN";
    public const string RequestTokenHeader = "X-XSRF-TOKEN";

    public async Task InvokeAsync(HttpContext context, IAntiforgery antiforgery, ProblemDetailsWriter problems)
    {
        var method = context.Request.Method;
        var unsafeMethod = !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method));
        var cookieSession = context.User.Identity?.IsAuthenticated == true
            && !context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
        if (unsafeMethod && cookieSession && !await antiforgery.IsRequestValidAsync(context))
        {
            await problems.WriteAsync(context, 400, FrameworkErrorCodes.Antiforgery);
            return;
        }

        await next(context);
    }

    /// <summary>Issues the JS-readable request token for the current session (after sign-in, on <c>/me</c>).</summary>
    public static void IssueRequestToken(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        context.Response.Cookies.Append(RequestTokenCookie, tokens.RequestToken!, new CookieOptions
        {
            HttpOnly = false,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = "/",
        });
    }
}

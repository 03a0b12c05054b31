using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace PartyBuilding.Identity;

/// <summary>
/// Drops a cookie or bearer token whose session no longer stands (see <see cref="SessionValidator"/>): the
/// request continues as anonymous, so protected endpoints answer 401 and the login page still works.
/// </summary>
public sealed class SessionValidationMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, SessionValidator sessions)
    {
        if (context.User.Identity?.IsAuthenticated == true && !await sessions.IsValidAsync(context.User, context.RequestAborted))
        {
            if (context.User.Identity.AuthenticationType == IdentityConstants.ApplicationScheme)
            {
                await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            }

            context.User = new ClaimsPrincipal(new ClaimsIdentity());
        }

        await next(context);
    }
}

using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using PartyBuilding.Identity;
using PartyBuilding.Security;

namespace PartyBuilding.Controllers.Account;

[ApiController]
[Route("api/account")]
public sealed class AccountController(IAccountAppService account, IAntiforgery antiforgery) : ControllerBase
{
    /// <summary>Signs in with a session cookie (the console). Answers 401 for any failure, whatever its cause.</summary>
    [HttpPost("login")]
    [AllowAnonymous]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
    public async Task<IActionResult> LoginAsync(LoginInput input, CancellationToken cancellationToken)
    {
        await account.SignInAsync(input, IdentityConstants.ApplicationScheme, cancellationToken);
        return NoContent();
    }

    /// <summary>Issues Identity bearer tokens for API clients; the body is the token answer.</summary>
    [HttpPost("token")]
    [AllowAnonymous]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
    public async Task<IActionResult> TokenAsync(LoginInput input, CancellationToken cancellationToken)
    {
        await account.SignInAsync(input, IdentityConstants.BearerScheme, cancellationToken);
        return new EmptyResult();
    }

    [HttpPost("logout")]
    [Authorize]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> LogoutAsync(CancellationToken cancellationToken)
    {
        await account.SignOutAsync(cancellationToken);
        Response.Cookies.Delete(AntiforgeryMiddleware.RequestTokenCookie);
        return NoContent();
    }

    /// <summary>New bearer tokens for a refresh token, while the user's session still stands.</summary>
    [HttpPost("refresh")]
    [AllowAnonymous]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
    public async Task<IActionResult> RefreshAsync(RefreshTokenInput input, CancellationToken cancellationToken)
    {
        await account.RefreshAsync(input.RefreshToken, cancellationToken);
        return new EmptyResult();
    }

    /// <summary>The signed-in user, the committee the request acts in, roles and granted permissions.</summary>
    [HttpGet("me")]
    [Authorize]
    public async Task<CurrentUserDto> GetCurrentUserAsync(CancellationToken cancellationToken)
    {
        AntiforgeryMiddleware.IssueRequestToken(HttpContext, antiforgery);
        return await account.GetCurrentUserAsync(cancellationToken);
    }
}

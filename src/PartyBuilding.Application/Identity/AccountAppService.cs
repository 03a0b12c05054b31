using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PartyBuilding.Framework.Application.Services;
using PartyBuilding.Framework.Authorization.Permissions;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Framework.MultiTenancy;
using PartyBuilding.Framework.Users;

namespace PartyBuilding.Identity;

public interface IAccountAppService
{
    /// <summary>
    /// Checks the credentials and signs in with the given Identity scheme (session cookie or bearer token).
    /// Every failure gives the same answer, so the reply never tells whether a user name exists.
    /// </summary>
    Task SignInAsync(LoginInput input, string authenticationScheme, CancellationToken cancellationToken = default);

    Task<CurrentUserDto> GetCurrentUserAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Ends the user's sessions: the security stamp changes, so this cookie (and any copy of it, and the user's
    /// bearer tokens) stops working on every node, not only in this browser.
    /// </summary>
    Task SignOutAsync(CancellationToken cancellationToken = default);

    /// <summary>Exchanges a refresh token for new bearer tokens while the user's session still stands.</summary>
    Task RefreshAsync(string refreshToken, CancellationToken cancellationToken = default);
}

public sealed class AccountAppService(
    IServiceProvider services,
    ITenantStore tenantStore,
    UserManager<AppUser> userManager,
    SignInManager<AppUser> signInManager,
    IPasswordHasher<AppUser> passwordHasher,
    IPermissionChecker permissionChecker,
    SessionValidator sessions,
    IOptionsMonitor<BearerTokenOptions> bearerOptions) : ApplicationService(services), IAccountAppService
{
    // Verified against when the user does not exist, so unknown names take as long as wrong passwords.
    private static readonly Lazy<string> DecoyHash = new(() =>
        new PasswordHasher<AppUser>().HashPassword(null!, Guid.NewGuid().ToString("N")));

    public async Task SignInAsync(LoginInput input, string authenticationScheme, CancellationToken cancellationToken = default)
    {
        TenantConfiguration? tenant = null;
        if (!string.IsNullOrWhiteSpace(input.Tenant))
        {
            tenant = await tenantStore.FindByCodeAsync(input.Tenant, cancellationToken);
        }

        var tenantMissing = !string.IsNullOrWhiteSpace(input.Tenant) && tenant is not { IsActive: true };
        using var tenantScope = CurrentTenant.Change(tenant?.Id, tenant?.Code);
        var user = tenantMissing ? null : await userManager.FindByNameAsync(input.UserName.Trim());
        if (user is null)
        {
            passwordHasher.VerifyHashedPassword(null!, DecoyHash.Value, input.Password);
            throw InvalidCredentials();
        }

        var check = await signInManager.CheckPasswordSignInAsync(user, input.Password, lockoutOnFailure: true);
        if (!check.Succeeded || !user.IsActive)
        {
            throw InvalidCredentials();
        }

        signInManager.AuthenticationScheme = authenticationScheme;
        await signInManager.SignInAsync(user, isPersistent: false);
    }

    public async Task<CurrentUserDto> GetCurrentUserAsync(CancellationToken cancellationToken = default)
    {
        var principal = CurrentUser.Principal;
        if (!CurrentUser.IsAuthenticated || principal is null || CurrentUser.Id is not { } userId)
        {
            throw new BusinessException(FrameworkErrorCodes.Unauthorized, 401);
        }

        var tenant = CurrentTenant.Id is { } tenantId ? await tenantStore.FindAsync(tenantId, cancellationToken) : null;
        return new CurrentUserDto
        {
            Id = userId,
            UserName = CurrentUser.UserName!,
            Name = principal.FindFirst(PartyBuildingClaimTypes.Name)?.Value ?? CurrentUser.UserName!,
            IsHostUser = CurrentUser.TenantId is null,
            Tenant = tenant is null
                ? null
                : new CurrentTenantDto { Id = tenant.Id, Code = tenant.Code, Name = tenant.Name, TimeZone = tenant.TimeZone },
            Roles = CurrentUser.Roles,
            Permissions = await permissionChecker.GetGrantedAsync(principal, cancellationToken),
        };
    }

    public async Task SignOutAsync(CancellationToken cancellationToken = default)
    {
        if (CurrentUser.Id is { } userId)
        {
            using var tenantScope = CurrentTenant.Change(CurrentUser.TenantId);
            if (await userManager.FindByIdAsync(userId.ToString()) is { } user)
            {
                (await userManager.UpdateSecurityStampAsync(user)).EnsureSucceeded();
            }

            sessions.Invalidate(CurrentUser.TenantId, userId);
        }

        await signInManager.SignOutAsync();
    }

    public async Task RefreshAsync(string refreshToken, CancellationToken cancellationToken = default)
    {
        var ticket = bearerOptions.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(refreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || expires < Clock.GetUtcNow()
            || !await sessions.IsValidAsync(ticket.Principal, cancellationToken))
        {
            throw new BusinessException(FrameworkErrorCodes.Unauthorized, 401);
        }

        var tenantId = Guid.TryParse(ticket.Principal.FindFirst(PartyBuildingClaimTypes.TenantId)?.Value, out var id) ? id : (Guid?)null;
        using var tenantScope = CurrentTenant.Change(tenantId);
        var user = await userManager.GetUserAsync(ticket.Principal)
            ?? throw new BusinessException(FrameworkErrorCodes.Unauthorized, 401);
        signInManager.AuthenticationScheme = IdentityConstants.BearerScheme;
        await signInManager.SignInAsync(user, isPersistent: false);
    }

    private static BusinessException InvalidCredentials() =>
        new(PartyBuildingErrorCodes.Identity.InvalidCredentials, 401,
            IdentityConsts.MaxFailedAccessAttempts, (int)IdentityConsts.LockoutDuration.TotalMinutes);
}

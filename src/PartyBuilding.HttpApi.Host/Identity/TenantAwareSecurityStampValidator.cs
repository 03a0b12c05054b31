using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PartyBuilding.Framework.MultiTenancy;
using PartyBuilding.Framework.Users;

namespace PartyBuilding.Identity;

/// <summary>
/// Identity re-checks a session's security stamp before tenant resolution has run, so the user lookup would
/// search the host's users. This runs the check inside the tenant named by the session's own claim.
/// </summary>
public sealed class TenantAwareSecurityStampValidator(
    IOptions<SecurityStampValidatorOptions> options,
    SignInManager<AppUser> signInManager,
    ILoggerFactory logger,
    ICurrentTenant currentTenant) : SecurityStampValidator<AppUser>(options, signInManager, logger)
{
    public override async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var claim = context.Principal?.FindFirstValue(PartyBuildingClaimTypes.TenantId);
        var tenantId = Guid.TryParse(claim, out var id) ? id : (Guid?)null;
        using (currentTenant.Change(tenantId))
        {
            await base.ValidateAsync(context);
        }
    }
}

using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PartyBuilding.Framework.Users;

namespace PartyBuilding.Identity;

/// <summary>Adds the committee, the person's name and their organisational reach to the principal; the tenant claim is what tenant resolution trusts.</summary>
public sealed class PlatformUserClaimsPrincipalFactory(
    UserManager<AppUser> userManager,
    RoleManager<AppRole> roleManager,
    IOptions<IdentityOptions> options) : UserClaimsPrincipalFactory<AppUser, AppRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.TenantId is { } tenantId)
        {
            identity.AddClaim(new Claim(PartyBuildingClaimTypes.TenantId, tenantId.ToString("D", CultureInfo.InvariantCulture)));
        }

        identity.AddClaim(new Claim(PartyBuildingClaimTypes.Name, user.Name));
        if (user.OrganizationId is { } organizationId)
        {
            identity.AddClaim(new Claim(PartyBuildingClaimTypes.OrganizationId, organizationId.ToString("D", CultureInfo.InvariantCulture)));
        }

        if (user.MemberId is { } memberId)
        {
            identity.AddClaim(new Claim(PartyBuildingClaimTypes.MemberId, memberId.ToString("D", CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}

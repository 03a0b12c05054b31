using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace PartyBuilding.Identity;

public sealed class UserPrincipalFactory(
    IIdentityDbContext db,
    IUserClaimsPrincipalFactory<AppUser> claimsFactory) : IUserPrincipalFactory
{
    public async Task<ClaimsPrincipal?> CreateForActiveUserAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        return user is { IsActive: true } ? await claimsFactory.CreateAsync(user) : null;
    }
}

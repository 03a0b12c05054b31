using System.Security.Claims;
using PartyBuilding.Framework.Users;

namespace PartyBuilding.Identity;

public sealed class HttpContextPrincipalAccessor(IHttpContextAccessor httpContextAccessor) : ICurrentPrincipalAccessor
{
    public ClaimsPrincipal? Principal => httpContextAccessor.HttpContext?.User;
}

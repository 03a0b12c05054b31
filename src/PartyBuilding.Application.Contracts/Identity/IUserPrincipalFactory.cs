using System.Security.Claims;

namespace PartyBuilding.Identity;

/// <summary>
/// The principal of a user who is not signed in on the request, for reads made on their behalf with a signed
/// link (a calendar feed): what they may see is decided by their roles and reach as they are now.
/// </summary>
public interface IUserPrincipalFactory
{
    /// <summary>Null when the user does not exist in the current committee or is inactive.</summary>
    Task<ClaimsPrincipal?> CreateForActiveUserAsync(Guid userId, CancellationToken cancellationToken = default);
}

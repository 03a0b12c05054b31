using Microsoft.AspNetCore.Identity;
using PartyBuilding.Framework.ExceptionHandling;

namespace PartyBuilding.Identity;

internal static class IdentityResultExtensions
{
    /// <summary>Turns Identity's error list into the platform's stable codes.</summary>
    public static void EnsureSucceeded(this IdentityResult result)
    {
        if (result.Succeeded)
        {
            return;
        }

        var error = result.Errors.First();
        throw error.Code switch
        {
            nameof(IdentityErrorDescriber.DuplicateUserName) =>
                new BusinessException(PartyBuildingErrorCodes.Identity.UserNameAlreadyExists, 409),
            nameof(IdentityErrorDescriber.DuplicateRoleName) =>
                new BusinessException(PartyBuildingErrorCodes.Identity.RoleNameAlreadyExists, 409),
            nameof(IdentityErrorDescriber.ConcurrencyFailure) => new ConcurrencyConflictException(),
            PasswordPolicy.ErrorCode or nameof(IdentityErrorDescriber.PasswordTooShort) =>
                new BusinessException(
                    PartyBuildingErrorCodes.Identity.PasswordTooWeak, 400,
                    IdentityConsts.MinPasswordLength, IdentityConsts.MinPasswordCharacterClasses),
            _ => new BusinessException(PartyBuildingErrorCodes.Identity.IdentityError, 400, error.Code),
        };
    }
}

using Microsoft.AspNetCore.Identity;
using PartyBuilding.Framework.ExceptionHandling;

namespace PartyBuilding.Identity;

/// <summary>Applies <see cref="PasswordRule"/> to Identity and to passwords taken before a user exists.</summary>
public sealed class PasswordPolicy : IPasswordPolicy, IPasswordValidator<AppUser>
{
    public const string ErrorCode = "PasswordTooWeak";

    public void EnsureAcceptable(string password)
    {
        if (!PasswordRule.IsAcceptable(password))
        {
            throw new BusinessException(
                PartyBuildingErrorCodes.Identity.PasswordTooWeak, 400,
                IdentityConsts.MinPasswordLength, IdentityConsts.MinPasswordCharacterClasses);
        }
    }

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password) =>
        Task.FromResult(PasswordRule.IsAcceptable(password)
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = ErrorCode, Description = ErrorCode }));
}

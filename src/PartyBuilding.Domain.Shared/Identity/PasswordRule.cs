namespace PartyBuilding.Identity;

/// <summary>
/// MLPS level 3 password rule: at least <see cref="IdentityConsts.MinPasswordLength"/> characters from at least
/// <see cref="IdentityConsts.MinPasswordCharacterClasses"/> of the classes lower case, upper case, digit, symbol.
/// </summary>
public static class PasswordRule
{
    public static bool IsAcceptable(string? password)
    {
        if (password is null || password.Length < IdentityConsts.MinPasswordLength)
        {
            return false;
        }

        var classes = (password.Any(char.IsLower) ? 1 : 0)
            + (password.Any(char.IsUpper) ? 1 : 0)
            + (password.Any(char.IsDigit) ? 1 : 0)
            + (password.Any(c => !char.IsLetterOrDigit(c)) ? 1 : 0);
        return classes >= IdentityConsts.MinPasswordCharacterClasses;
    }
}

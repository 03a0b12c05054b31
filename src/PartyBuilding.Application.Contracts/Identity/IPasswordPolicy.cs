namespace PartyBuilding.Identity;

/// <summary>The platform's password rule, for modules that take a password before a user exists (a committee's admin).</summary>
public interface IPasswordPolicy
{
    /// <summary>Throws a business error with code <c>PasswordTooWeak</c> when the password breaks the rule.</summary>
    void EnsureAcceptable(string password);
}

/// <summary>
/// A module's default grants for the seeded roles (e.g. the meetings module grants BranchSecretary the right to
/// record meetings). Seeding adds missing defaults to the static roles and never removes a grant.
/// </summary>
public interface IDefaultRoleGrantProvider
{
    IEnumerable<(string RoleName, string Permission)> GetDefaultGrants();
}

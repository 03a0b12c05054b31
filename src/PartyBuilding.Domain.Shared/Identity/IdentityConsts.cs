namespace PartyBuilding.Identity;

public static class IdentityConsts
{
    public const int MaxUserNameLength = 64;
    public const int MaxNameLength = 64;
    public const int MaxEmailLength = 256;
    public const int MaxPhoneNumberLength = 32;
    public const int MaxPasswordLength = 128;
    public const int MaxRoleNameLength = 64;
    public const int MaxPermissionNameLength = 128;

    /// <summary>Letters, digits and . _ - @: names people can type on a phone and that read well in logs.</summary>
    public const string UserNamePattern = "^[A-Za-z0-9._@-]+$";

    /// <summary>Empty (to clear) or a phone number: digits with an optional leading + and inner - or spaces.</summary>
    public const string PhoneNumberPattern = @"^$|^\+?[0-9][0-9 -]{4,30}[0-9]$";

    /// <summary>Empty (to clear) or a plausible e-mail address.</summary>
    public const string EmailPattern = @"^$|^[^@\s]+@[^@\s]+\.[^@\s]+$";

    // MLPS level 3 (等保三级) baseline adopted by the platform: passwords of at least 8 characters drawing on
    // 3 of the 4 character classes, lockout for 15 minutes after 5 failures, sessions ending after 30 idle minutes.
    public const int MinPasswordLength = 8;
    public const int MinPasswordCharacterClasses = 3;
    public const int MaxFailedAccessAttempts = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);
}

/// <summary>Roles every committee gets when it is created, and the organization department's own roles.</summary>
public static class RoleNames
{
    public const string CommitteeAdmin = "CommitteeAdmin";
    public const string CommitteeOfficer = "CommitteeOfficer";
    public const string BranchSecretary = "BranchSecretary";
    public const string Member = "Member";

    public const string OrgDepartmentAdmin = "OrgDepartmentAdmin";
    public const string OrgDepartmentReviewer = "OrgDepartmentReviewer";

    public static readonly string[] TenantRoles = [CommitteeAdmin, CommitteeOfficer, BranchSecretary, Member];
    public static readonly string[] HostRoles = [OrgDepartmentAdmin, OrgDepartmentReviewer];
}

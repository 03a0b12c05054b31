namespace PartyBuilding;

/// <summary>
/// Stable error codes of the platform's modules, answered in ProblemDetails <c>code</c>. Messages live in the
/// localization files under the same keys.
/// </summary>
public static class PartyBuildingErrorCodes
{
    public static class Tenancy
    {
        public const string CodeAlreadyExists = "PartyBuilding:Tenancy:CodeAlreadyExists";
        public const string InvalidTimeZone = "PartyBuilding:Tenancy:InvalidTimeZone";
        public const string TenantNotFound = "PartyBuilding:Tenancy:TenantNotFound";
        public const string TenantInactive = "PartyBuilding:Tenancy:TenantInactive";
        public const string SwitchNotAllowed = "PartyBuilding:Tenancy:SwitchNotAllowed";
    }

    public static class Identity
    {
        public const string InvalidCredentials = "PartyBuilding:Identity:InvalidCredentials";
        public const string PasswordTooWeak = "PartyBuilding:Identity:PasswordTooWeak";
        public const string UserNameAlreadyExists = "PartyBuilding:Identity:UserNameAlreadyExists";
        public const string RoleNameAlreadyExists = "PartyBuilding:Identity:RoleNameAlreadyExists";
        public const string UnknownRole = "PartyBuilding:Identity:UnknownRole";
        public const string UnknownPermission = "PartyBuilding:Identity:UnknownPermission";
        public const string StaticRoleCannotChange = "PartyBuilding:Identity:StaticRoleCannotChange";
        public const string CannotDeleteSelf = "PartyBuilding:Identity:CannotDeleteSelf";
        public const string IdentityError = "PartyBuilding:Identity:IdentityError";
    }

    public static class Jobs
    {
        public const string UnknownJob = "PartyBuilding:Jobs:UnknownJob";
        public const string InvalidPeriod = "PartyBuilding:Jobs:InvalidPeriod";
        public const string PeriodNotDue = "PartyBuilding:Jobs:PeriodNotDue";
        public const string AlreadySucceeded = "PartyBuilding:Jobs:AlreadySucceeded";
    }
}

namespace PartyBuilding.Permissions;

/// <summary>Permission names, one nested class per module; the console's menus use the same strings.</summary>
public static class PartyBuildingPermissions
{
    private const string Prefix = "PartyBuilding";

    public static class Tenants
    {
        public const string Default = Prefix + ".Tenants";
        public const string Create = Default + ".Create";
        public const string Update = Default + ".Update";
        public const string Delete = Default + ".Delete";
    }

    public static class Users
    {
        public const string Default = Prefix + ".Users";
        public const string Create = Default + ".Create";
        public const string Update = Default + ".Update";
        public const string Delete = Default + ".Delete";
    }

    public static class Roles
    {
        public const string Default = Prefix + ".Roles";
        public const string Create = Default + ".Create";
        public const string Update = Default + ".Update";
        public const string Delete = Default + ".Delete";
        public const string ManagePermissions = Default + ".ManagePermissions";
    }

    public static class AuditLogs
    {
        public const string Default = Prefix + ".AuditLogs";
    }

    public static class Jobs
    {
        public const string Default = Prefix + ".Jobs";
        public const string Trigger = Default + ".Trigger";
    }
}

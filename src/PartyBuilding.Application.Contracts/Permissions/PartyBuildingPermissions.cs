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

    public static class Settings
    {
        public const string Default = Prefix + ".Settings";
        public const string Update = Default + ".Update";
    }

    public static class Organizations
    {
        public const string Default = Prefix + ".Organizations";
        public const string Create = Default + ".Create";
        public const string Update = Default + ".Update";
        public const string Delete = Default + ".Delete";
        public const string ManageCategories = Default + ".ManageCategories";

        /// <summary>
        /// Reach over the whole committee's organisations and members; without it a user reaches only the subtree
        /// of the organisation on their account (a branch secretary's branch).
        /// </summary>
        public const string WholeCommittee = Default + ".WholeCommittee";
    }

    public static class Members
    {
        /// <summary>See and search member records within the user's reach (a secretary's subtree).</summary>
        public const string Default = Prefix + ".Members";
        public const string Create = Default + ".Create";
        public const string Update = Default + ".Update";
        public const string Delete = Default + ".Delete";

        /// <summary>Read clear ID and phone numbers; every use is audited.</summary>
        public const string Unmask = Default + ".Unmask";
        public const string Develop = Default + ".Develop";
        public const string Transfers = Default + ".Transfers";
        public const string Import = Default + ".Import";
        public const string Export = Default + ".Export";
    }

    /// <summary>Brand activities (一支部一品牌 / 党建+), within the user's reach.</summary>
    public static class Activities
    {
        public const string Default = Prefix + ".Activities";

        /// <summary>Record, edit, submit and delete activities and their attachments while they are drafts or returned.</summary>
        public const string Record = Default + ".Record";

        /// <summary>Approve or return submitted activities.</summary>
        public const string Review = Default + ".Review";
        public const string ManageCategories = Default + ".ManageCategories";
    }

    public static class Meetings
    {
        /// <summary>Read meetings, plans, compliance and inspections within the user's reach.</summary>
        public const string Default = Prefix + ".Meetings";

        /// <summary>Record, edit and submit meetings and their attachments.</summary>
        public const string Record = Default + ".Record";
        public const string ManageRules = Default + ".ManageRules";
        public const string ManageExemptions = Default + ".ManageExemptions";
    }

    /// <summary>A member's view of their own record.</summary>
    public static class MyRecord
    {
        public const string Default = Prefix + ".MyRecord";
    }
}

using PartyBuilding.Framework.Authorization.Permissions;

namespace PartyBuilding.Permissions;

/// <summary>The platform's permissions: committees (host only), users and roles, organisations and members, meetings, settings, audit trail, jobs.</summary>
public sealed class PlatformPermissionDefinitionProvider : PermissionDefinitionProvider
{
    public override void Define(PermissionDefinitionContext context)
    {
        var tenancy = context.AddGroup("Tenancy", "Permission:Group:Tenancy");
        var tenants = tenancy.AddPermission(
            PartyBuildingPermissions.Tenants.Default, "Permission:Tenants", MultiTenancySides.Host);
        tenants.AddChild(PartyBuildingPermissions.Tenants.Create, "Permission:Create");
        tenants.AddChild(PartyBuildingPermissions.Tenants.Update, "Permission:Update");
        tenants.AddChild(PartyBuildingPermissions.Tenants.Delete, "Permission:Delete");

        var identity = context.AddGroup("Identity", "Permission:Group:Identity");
        var users = identity.AddPermission(PartyBuildingPermissions.Users.Default, "Permission:Users");
        users.AddChild(PartyBuildingPermissions.Users.Create, "Permission:Create");
        users.AddChild(PartyBuildingPermissions.Users.Update, "Permission:Update");
        users.AddChild(PartyBuildingPermissions.Users.Delete, "Permission:Delete");
        var roles = identity.AddPermission(PartyBuildingPermissions.Roles.Default, "Permission:Roles");
        roles.AddChild(PartyBuildingPermissions.Roles.Create, "Permission:Create");
        roles.AddChild(PartyBuildingPermissions.Roles.Update, "Permission:Update");
        roles.AddChild(PartyBuildingPermissions.Roles.Delete, "Permission:Delete");
        roles.AddChild(PartyBuildingPermissions.Roles.ManagePermissions, "Permission:ManagePermissions");

        var organizations = context.AddGroup("Organizations", "Permission:Group:Organizations");
        var tree = organizations.AddPermission(
            PartyBuildingPermissions.Organizations.Default, "Permission:Organizations", MultiTenancySides.Tenant);
        tree.AddChild(PartyBuildingPermissions.Organizations.Create, "Permission:Create");
        tree.AddChild(PartyBuildingPermissions.Organizations.Update, "Permission:Update");
        tree.AddChild(PartyBuildingPermissions.Organizations.Delete, "Permission:Delete");
        tree.AddChild(PartyBuildingPermissions.Organizations.ManageCategories, "Permission:Organizations:ManageCategories");
        tree.AddChild(PartyBuildingPermissions.Organizations.WholeCommittee, "Permission:Organizations:WholeCommittee");
        var members = organizations.AddPermission(
            PartyBuildingPermissions.Members.Default, "Permission:Members", MultiTenancySides.Tenant);
        members.AddChild(PartyBuildingPermissions.Members.Create, "Permission:Create");
        members.AddChild(PartyBuildingPermissions.Members.Update, "Permission:Update");
        members.AddChild(PartyBuildingPermissions.Members.Delete, "Permission:Delete");
        members.AddChild(PartyBuildingPermissions.Members.Unmask, "Permission:Members:Unmask");
        members.AddChild(PartyBuildingPermissions.Members.Develop, "Permission:Members:Develop");
        members.AddChild(PartyBuildingPermissions.Members.Transfers, "Permission:Members:Transfers");
        members.AddChild(PartyBuildingPermissions.Members.Import, "Permission:Members:Import");
        members.AddChild(PartyBuildingPermissions.Members.Export, "Permission:Members:Export");
        organizations.AddPermission(PartyBuildingPermissions.MyRecord.Default, "Permission:MyRecord", MultiTenancySides.Tenant);

        var meetingGroup = context.AddGroup("Meetings", "Permission:Group:Meetings");
        var meetings = meetingGroup.AddPermission(
            PartyBuildingPermissions.Meetings.Default, "Permission:Meetings", MultiTenancySides.Tenant);
        meetings.AddChild(PartyBuildingPermissions.Meetings.Record, "Permission:Meetings:Record");
        meetings.AddChild(PartyBuildingPermissions.Meetings.ManageRules, "Permission:Meetings:ManageRules");
        meetings.AddChild(PartyBuildingPermissions.Meetings.ManageExemptions, "Permission:Meetings:ManageExemptions");

        var system = context.AddGroup("System", "Permission:Group:System");
        var settings = system.AddPermission(
            PartyBuildingPermissions.Settings.Default, "Permission:Settings", MultiTenancySides.Tenant);
        settings.AddChild(PartyBuildingPermissions.Settings.Update, "Permission:Update");
        system.AddPermission(PartyBuildingPermissions.AuditLogs.Default, "Permission:AuditLogs");
        var jobs = system.AddPermission(PartyBuildingPermissions.Jobs.Default, "Permission:Jobs");
        jobs.AddChild(PartyBuildingPermissions.Jobs.Trigger, "Permission:Jobs:Trigger", MultiTenancySides.Host);
    }
}

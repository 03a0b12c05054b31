using PartyBuilding.Framework.Authorization.Permissions;

namespace PartyBuilding.Permissions;

/// <summary>The foundation's permissions: committees (host only), users and roles, audit trail, jobs.</summary>
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

        var system = context.AddGroup("System", "Permission:Group:System");
        system.AddPermission(PartyBuildingPermissions.AuditLogs.Default, "Permission:AuditLogs");
        var jobs = system.AddPermission(PartyBuildingPermissions.Jobs.Default, "Permission:Jobs");
        jobs.AddChild(PartyBuildingPermissions.Jobs.Trigger, "Permission:Jobs:Trigger", MultiTenancySides.Host);
    }
}

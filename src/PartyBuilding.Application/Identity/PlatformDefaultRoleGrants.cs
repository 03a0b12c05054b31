using PartyBuilding.Permissions;

namespace PartyBuilding.Identity;

/// <summary>What the seeded roles may do with the foundation's features.</summary>
public sealed class PlatformDefaultRoleGrants : IDefaultRoleGrantProvider
{
    public IEnumerable<(string RoleName, string Permission)> GetDefaultGrants()
    {
        string[] administration =
        [
            PartyBuildingPermissions.Users.Default, PartyBuildingPermissions.Users.Create,
            PartyBuildingPermissions.Users.Update, PartyBuildingPermissions.Users.Delete,
            PartyBuildingPermissions.Roles.Default, PartyBuildingPermissions.Roles.Create,
            PartyBuildingPermissions.Roles.Update, PartyBuildingPermissions.Roles.Delete,
            PartyBuildingPermissions.Roles.ManagePermissions,
            PartyBuildingPermissions.AuditLogs.Default, PartyBuildingPermissions.Jobs.Default,
        ];

        foreach (var permission in administration)
        {
            yield return (RoleNames.CommitteeAdmin, permission);
            yield return (RoleNames.OrgDepartmentAdmin, permission);
        }

        foreach (var permission in new[]
                 {
                     PartyBuildingPermissions.Tenants.Default, PartyBuildingPermissions.Tenants.Create,
                     PartyBuildingPermissions.Tenants.Update, PartyBuildingPermissions.Tenants.Delete,
                     PartyBuildingPermissions.Jobs.Trigger,
                 })
        {
            yield return (RoleNames.OrgDepartmentAdmin, permission);
        }

        yield return (RoleNames.OrgDepartmentReviewer, PartyBuildingPermissions.Tenants.Default);
        yield return (RoleNames.OrgDepartmentReviewer, PartyBuildingPermissions.Jobs.Default);
        yield return (RoleNames.CommitteeOfficer, PartyBuildingPermissions.Users.Default);
        yield return (RoleNames.CommitteeOfficer, PartyBuildingPermissions.Jobs.Default);
    }
}

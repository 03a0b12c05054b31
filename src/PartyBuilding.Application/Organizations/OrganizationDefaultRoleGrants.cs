using PartyBuilding.Identity;
using PartyBuilding.Permissions;

namespace PartyBuilding.Organizations;

/// <summary>
/// Committee officers keep the whole tree and every record; branch secretaries keep their own subtree (their
/// reach is the organisation on their user); members see their own record.
/// </summary>
public sealed class OrganizationDefaultRoleGrants : IDefaultRoleGrantProvider
{
    public IEnumerable<(string RoleName, string Permission)> GetDefaultGrants()
    {
        string[] officer =
        [
            PartyBuildingPermissions.Organizations.Default, PartyBuildingPermissions.Organizations.Create,
            PartyBuildingPermissions.Organizations.Update, PartyBuildingPermissions.Organizations.Delete,
            PartyBuildingPermissions.Organizations.ManageCategories,
            PartyBuildingPermissions.Members.Default, PartyBuildingPermissions.Members.Create,
            PartyBuildingPermissions.Members.Update, PartyBuildingPermissions.Members.Delete,
            PartyBuildingPermissions.Organizations.WholeCommittee, PartyBuildingPermissions.Members.Develop,
            PartyBuildingPermissions.Members.Transfers, PartyBuildingPermissions.Members.Import,
            PartyBuildingPermissions.Members.Export, PartyBuildingPermissions.Settings.Default,
            PartyBuildingPermissions.MyRecord.Default,
        ];
        foreach (var permission in officer)
        {
            yield return (RoleNames.CommitteeAdmin, permission);
            yield return (RoleNames.CommitteeOfficer, permission);
        }

        yield return (RoleNames.CommitteeAdmin, PartyBuildingPermissions.Members.Unmask);
        yield return (RoleNames.CommitteeAdmin, PartyBuildingPermissions.Settings.Update);

        foreach (var permission in new[]
                 {
                     PartyBuildingPermissions.Organizations.Default, PartyBuildingPermissions.Organizations.Update,
                     PartyBuildingPermissions.Members.Default, PartyBuildingPermissions.Members.Create,
                     PartyBuildingPermissions.Members.Update, PartyBuildingPermissions.Members.Develop,
                     PartyBuildingPermissions.Members.Transfers, PartyBuildingPermissions.Members.Export,
                     PartyBuildingPermissions.MyRecord.Default,
                 })
        {
            yield return (RoleNames.BranchSecretary, permission);
        }

        yield return (RoleNames.Member, PartyBuildingPermissions.MyRecord.Default);
    }
}

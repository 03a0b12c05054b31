using PartyBuilding.Identity;
using PartyBuilding.Permissions;

namespace PartyBuilding.Activities;

/// <summary>
/// Officers run the committee's review of activities; branch secretaries record their branches' activities
/// (DOMAIN.md §0) and submit them, but do not review them.
/// </summary>
public sealed class ActivityDefaultRoleGrants : IDefaultRoleGrantProvider
{
    public IEnumerable<(string RoleName, string Permission)> GetDefaultGrants()
    {
        foreach (var permission in new[]
                 {
                     PartyBuildingPermissions.Activities.Default, PartyBuildingPermissions.Activities.Record,
                     PartyBuildingPermissions.Activities.Review, PartyBuildingPermissions.Activities.ManageCategories,
                 })
        {
            yield return (RoleNames.CommitteeAdmin, permission);
            yield return (RoleNames.CommitteeOfficer, permission);
        }

        yield return (RoleNames.BranchSecretary, PartyBuildingPermissions.Activities.Default);
        yield return (RoleNames.BranchSecretary, PartyBuildingPermissions.Activities.Record);
    }
}

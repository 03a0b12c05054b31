using PartyBuilding.Framework.Authorization.Permissions;
using PartyBuilding.Permissions;

namespace PartyBuilding.Activities;

public sealed class ActivityPermissionDefinitionProvider : PermissionDefinitionProvider
{
    public override void Define(PermissionDefinitionContext context)
    {
        var group = context.AddGroup("Activities", "Permission:Group:Activities");
        var activities = group.AddPermission(
            PartyBuildingPermissions.Activities.Default, "Permission:Activities", MultiTenancySides.Tenant);
        activities.AddChild(PartyBuildingPermissions.Activities.Record, "Permission:Activities:Record");
        activities.AddChild(PartyBuildingPermissions.Activities.Review, "Permission:Activities:Review");
        activities.AddChild(PartyBuildingPermissions.Activities.ManageCategories, "Permission:Activities:ManageCategories");
    }
}

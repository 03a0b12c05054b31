using PartyBuilding.Identity;
using PartyBuilding.Permissions;

// Samples for the boundary test's own check: it must flag the first and accept the second.
namespace PartyBuilding.Tenancy;

public sealed class SampleThatReachesIntoIdentity(PermissionGrantStore grants)
{
    public void Invalidate() => grants.Invalidate(null);
}

public sealed class SampleThatUsesPublishedContracts(IUserAppService users)
{
    public string Permission => PartyBuildingPermissions.Users.Default;

    public IUserAppService Users => users;
}

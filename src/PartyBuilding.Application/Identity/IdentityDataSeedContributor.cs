using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartyBuilding.Framework.Authorization.Permissions;
using PartyBuilding.Framework.Data.Seeding;
using PartyBuilding.Framework.ExceptionHandling;

namespace PartyBuilding.Identity;

/// <summary>
/// Seeds the static roles of the host or of a committee, their default grants, and the admin user named in the
/// seed context. Idempotent: existing roles, grants and users are kept as they are (passwords included).
/// </summary>
public sealed class IdentityDataSeedContributor(
    IIdentityDbContext db,
    UserManager<AppUser> userManager,
    RoleManager<AppRole> roleManager,
    IPermissionDefinitionManager permissions,
    IEnumerable<IDefaultRoleGrantProvider> defaultGrants,
    PermissionGrantStore grantStore) : IDataSeedContributor
{
    private static readonly Dictionary<string, string> StaticRoleDisplayNames = new()
    {
        [RoleNames.CommitteeAdmin] = "联合党委管理员",
        [RoleNames.CommitteeOfficer] = "联合党委工作人员",
        [RoleNames.BranchSecretary] = "支部书记",
        [RoleNames.Member] = "党员",
        [RoleNames.OrgDepartmentAdmin] = "组织部管理员",
        [RoleNames.OrgDepartmentReviewer] = "组织部审核员",
    };

    public int Order => -100;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken)
    {
        var isHost = context.TenantId is null;
        var roleNames = isHost ? RoleNames.HostRoles : RoleNames.TenantRoles;
        var roles = new Dictionary<string, AppRole>();
        foreach (var name in roleNames)
        {
            roles[name] = await roleManager.FindByNameAsync(name) ?? await CreateRoleAsync(name);
        }

        await SeedDefaultGrantsAsync(roles, isHost ? MultiTenancySides.Host : MultiTenancySides.Tenant, cancellationToken);
        grantStore.Invalidate(context.TenantId);

        var adminName = context[DataSeedContext.AdminUserName];
        var adminPassword = context[DataSeedContext.AdminPassword];
        if (adminName is not null && adminPassword is not null && await userManager.FindByNameAsync(adminName) is null)
        {
            var admin = new AppUser(Guid.CreateVersion7(), adminName, isHost ? "组织部管理员" : "联合党委管理员");
            (await userManager.CreateAsync(admin, adminPassword)).EnsureSucceeded();
            (await userManager.AddToRoleAsync(admin, isHost ? RoleNames.OrgDepartmentAdmin : RoleNames.CommitteeAdmin))
                .EnsureSucceeded();
        }
    }

    private async Task<AppRole> CreateRoleAsync(string name)
    {
        var role = new AppRole(Guid.CreateVersion7(), name, StaticRoleDisplayNames[name], isStatic: true);
        (await roleManager.CreateAsync(role)).EnsureSucceeded();
        return role;
    }

    private async Task SeedDefaultGrantsAsync(
        IReadOnlyDictionary<string, AppRole> roles, MultiTenancySides side, CancellationToken cancellationToken)
    {
        var roleIds = roles.Values.Select(r => r.Id).ToArray();
        var existing = (await db.PermissionGrants.Where(g => roleIds.Contains(g.RoleId))
                .Select(g => new { g.RoleId, g.PermissionName }).ToListAsync(cancellationToken))
            .Select(g => (g.RoleId, g.PermissionName)).ToHashSet();

        foreach (var (roleName, permission) in defaultGrants.SelectMany(p => p.GetDefaultGrants()))
        {
            var definition = permissions.Find(permission)
                ?? throw new InvalidOperationException($"Default grant of undefined permission {permission}.");
            if (!roles.TryGetValue(roleName, out var role) || !definition.Side.HasFlag(side)
                || !existing.Add((role.Id, permission)))
            {
                continue;
            }

            db.PermissionGrants.Add(new PermissionGrant(Guid.CreateVersion7(), role.Id, permission));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

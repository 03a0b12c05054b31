using PartyBuilding.Framework.Data.Seeding;
using PartyBuilding.Framework.MultiTenancy;
using PartyBuilding.Identity;
using PartyBuilding.Members;
using PartyBuilding.Tenancy;

namespace PartyBuilding.Demo;

/// <summary>
/// Creates 林西县政务服务联合党委 (code <c>linxi</c>, the anchor case of the source articles) with one user per
/// role, its member organisations, members and a year of meetings and brand activities, through the modules' own application services. Runs with the
/// host seed and only once.
/// </summary>
public sealed class DemoDataSeedContributor(
    ITenantStore tenantStore,
    ITenantAppService tenants,
    IUserAppService users,
    ICurrentTenant currentTenant,
    LinxiOrganizationsAndMembers organizationsAndMembers,
    LinxiMeetings meetings,
    LinxiActivities activities) : IDataSeedContributor
{
    public const string TenantCode = "linxi";
    public const string Password = "Demo#2026pb";

    private static readonly (string UserName, string Name, Gender Gender, string Role)[] DemoUsers =
    [
        ("linxi.officer", "王晓燕", Gender.Female, RoleNames.CommitteeOfficer),
        ("linxi.secretary", "李建国", Gender.Male, RoleNames.BranchSecretary),
        ("linxi.member", "张丽华", Gender.Female, RoleNames.Member),
    ];

    public int Order => 100;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken)
    {
        if (context.TenantId is not null || await tenantStore.FindByCodeAsync(TenantCode, cancellationToken) is not null)
        {
            return;
        }

        var tenant = await tenants.CreateAsync(
            new CreateTenantDto
            {
                Code = TenantCode,
                Name = "林西县政务服务联合党委",
                Region = "内蒙古自治区赤峰市林西县",
                AdminUserName = "linxi.admin",
                AdminPassword = Password,
            },
            cancellationToken);

        using var tenantScope = currentTenant.Change(tenant.Id, tenant.Code);
        var created = new List<(UserDto, Gender)>();
        foreach (var (userName, name, gender, role) in DemoUsers)
        {
            var user = await users.CreateAsync(
                new CreateUserDto { UserName = userName, Name = name, Password = Password, RoleNames = [role] },
                cancellationToken);
            created.Add((user, gender));
        }

        var committee = await organizationsAndMembers.SeedAsync(created, cancellationToken);
        await meetings.SeedAsync(committee, cancellationToken);
        await activities.SeedAsync(committee, cancellationToken);
    }
}

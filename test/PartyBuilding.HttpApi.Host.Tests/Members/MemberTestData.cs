using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Identity;
using PartyBuilding.Organizations;
using PartyBuilding.Testing;

namespace PartyBuilding.Members;

/// <summary>A committee's small tree: a party committee with branch A (and its party group) and branch B.</summary>
public sealed record MemberTestTree(Guid TenantId, string Code, Guid Root, Guid BranchA, Guid GroupA, Guid BranchB);

/// <summary>Organisations, users and valid ID numbers for the member tests.</summary>
public static class MemberTestData
{
    /// <summary>A valid GB 11643 number: region 150424 (林西县), the birth date, a sequence (odd: male) and its check character.</summary>
    public static string IdNumberFor(DateOnly birthDate, int sequence)
    {
        var first17 = "150424" + birthDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + sequence.ToString("D3", CultureInfo.InvariantCulture);
        return first17 + IdNumber.CheckCharacterFor(first17);
    }

    /// <summary>
    /// Creates the organisations directly: the organisations API is another module's, and these tests are about
    /// member records only.
    /// </summary>
    public static async Task<MemberTestTree> CreateTreeAsync(this PlatformFixture fixture, string code)
    {
        var tenant = await fixture.CreateCommitteeAsync(code);
        var root = Guid.CreateVersion7();
        var branchA = Guid.CreateVersion7();
        var groupA = Guid.CreateVersion7();
        var branchB = Guid.CreateVersion7();
        await fixture.InTenantAsync(tenant.Id, async sp =>
        {
            var db = sp.GetRequiredService<IOrganizationsDbContext>();
            db.Organizations.AddRange(
                new Organization(root, null, "00001.", OrganizationType.PartyCommittee, $"{code} 机关党委"),
                new Organization(branchA, root, "00001.00001.", OrganizationType.Branch, $"{code} 甲支部"),
                new Organization(groupA, branchA, "00001.00001.00001.", OrganizationType.PartyGroup, $"{code} 甲支部第一党小组"),
                new Organization(branchB, root, "00001.00002.", OrganizationType.Branch, $"{code} 乙支部"));
            await db.SaveChangesAsync();
        });
        return new MemberTestTree(tenant.Id, code, root, branchA, groupA, branchB);
    }

    /// <summary>A user of the committee whose reach is the organisation's subtree and/or who owns a member record.</summary>
    public static Task<UserDto> CreatePlacedUserAsync(
        this PlatformFixture fixture, Guid tenantId, string userName, string role, Guid? organizationId, Guid? memberId = null) =>
        fixture.InTenantAsync(tenantId, sp => sp.GetRequiredService<IUserAppService>().CreateAsync(new CreateUserDto
        {
            UserName = userName,
            Name = userName,
            Password = PlatformFixture.UserPassword,
            RoleNames = [role],
            OrganizationId = organizationId,
            MemberId = memberId,
        }));

    /// <summary>The body of a valid <c>POST /api/members</c>: a full member born on <paramref name="birthDate"/>.</summary>
    public static Dictionary<string, object?> NewMember(
        string name, Guid organizationId, DateOnly birthDate, int sequence, string? phone = null) => new()
    {
        ["name"] = name,
        ["gender"] = sequence % 2 == 1 ? "Male" : "Female",
        ["ethnicity"] = "汉族",
        ["birthDate"] = birthDate,
        ["idNumber"] = IdNumberFor(birthDate, sequence),
        ["phone"] = phone,
        ["education"] = "Bachelor",
        ["organizationId"] = organizationId,
        ["stage"] = "Full",
        ["appliedOn"] = new DateOnly(2015, 3, 1),
        ["activistOn"] = new DateOnly(2015, 9, 1),
        ["candidateOn"] = new DateOnly(2016, 10, 1),
        ["admittedOn"] = new DateOnly(2017, 7, 1),
        ["fullMembershipOn"] = new DateOnly(2018, 7, 1),
    };
}

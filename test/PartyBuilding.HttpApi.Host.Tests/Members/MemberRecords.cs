using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Framework.Security;
using PartyBuilding.Framework.Text;
using PartyBuilding.Identity;
using PartyBuilding.Members;
using PartyBuilding.Organizations;
using PartyBuilding.Testing;

namespace PartyBuilding.Members;

/// <summary>
/// Organisations, records and secretaries written straight to the database, so the pipeline and transfer tests do
/// not depend on the record routes; and the committee's today as the tests' clock shows it.
/// </summary>
public static class MemberRecords
{
    private static int _segment;

    /// <summary>The committees of these tests keep the default time zone, Beijing time.</summary>
    public static DateOnly Today(this PlatformFixture fixture) =>
        DateOnly.FromDateTime(fixture.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    /// <summary>Moves the clock to 10:00 Beijing time of the day; sessions signed in before may have expired.</summary>
    public static void MoveTo(this PlatformFixture fixture, DateOnly day) =>
        fixture.Clock.SetBeijingTime(day.Year, day.Month, day.Day, 10);

    public static string Iso(this DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static Task<Guid> CreateOrganizationAsync(this PlatformFixture fixture, Guid tenantId, string name, Guid? parentId = null) =>
        fixture.InTenantAsync(tenantId, async sp =>
        {
            var db = sp.GetRequiredService<IOrganizationsDbContext>();
            var parentPath = parentId is { } id ? await db.Organizations.Where(o => o.Id == id).Select(o => o.Path).SingleAsync() : "";
            var segment = Interlocked.Increment(ref _segment).ToString("D5", CultureInfo.InvariantCulture) + ".";
            var organization = new Organization(Guid.CreateVersion7(), parentId, parentPath + segment, OrganizationType.Branch, name);
            db.Organizations.Add(organization);
            await db.SaveChangesAsync();
            return organization.Id;
        });

    /// <summary>A record at <paramref name="stage"/>; <paramref name="dates"/> sets the dates of the stages reached.</summary>
    public static Task<Guid> CreateMemberAsync(
        this PlatformFixture fixture, Guid tenantId, Guid organizationId, string name, MemberStage stage, DateOnly birthDate,
        Action<Member> dates) =>
        fixture.InTenantAsync(tenantId, async sp =>
        {
            var protector = sp.GetRequiredService<IPersonalDataProtector>();
            var first17 = "150424" + birthDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + Random.Shared.Next(100, 999);
            var idNumber = first17 + IdNumber.CheckCharacterFor(first17);
            var member = new Member(Guid.CreateVersion7(), organizationId, name, stage)
            {
                Gender = IdNumber.GenderOf(idNumber)!.Value,
                Ethnicity = "汉族",
                BirthDate = birthDate,
            };
            member.SetIdNumber(protector.Protect(idNumber), protector.Hash(idNumber), Masking.Mask(idNumber)!);
            dates(member);
            var db = sp.GetRequiredService<IMembersDbContext>();
            db.Members.Add(member);
            await db.SaveChangesAsync();
            return member.Id;
        });

    public static Task<Member> GetMemberAsync(this PlatformFixture fixture, Guid tenantId, Guid id) =>
        fixture.InTenantAsync(tenantId, sp => sp.GetRequiredService<IMembersDbContext>().Members.AsNoTracking().SingleAsync(m => m.Id == id));

    public static Task<List<MemberHistoryEntry>> GetHistoryAsync(this PlatformFixture fixture, Guid tenantId, Guid memberId) =>
        fixture.InTenantAsync(tenantId, sp => sp.GetRequiredService<IMembersDbContext>().MemberHistory.AsNoTracking()
            .Where(h => h.MemberId == memberId).ToListAsync());

    /// <summary>A branch secretary whose reach is the subtree of <paramref name="organizationId"/>.</summary>
    public static Task<UserDto> CreateSecretaryAsync(this PlatformFixture fixture, Guid tenantId, string userName, Guid organizationId) =>
        fixture.InTenantAsync(tenantId, sp => sp.GetRequiredService<IUserAppService>().CreateAsync(new CreateUserDto
        {
            UserName = userName,
            Name = userName,
            Password = PlatformFixture.UserPassword,
            RoleNames = [RoleNames.BranchSecretary],
            OrganizationId = organizationId,
        }));
}

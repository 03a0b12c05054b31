using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Support;
using PartyBuilding.Testing;
using Shouldly;
using Xunit;
using static PartyBuilding.Members.MemberTestData;

namespace PartyBuilding.Members;

/// <summary>
/// <see cref="MemberManager"/> as the importer and the demo seed use it, without a user (whole committee): one
/// validation for every writer, matching by ID number, and "unchanged" detection for idempotent re-imports.
/// </summary>
public abstract class MemberManagerTests(PlatformFixture fixture)
{
    private static readonly DateOnly Birth = new(1979, 8, 9);

    private Task<MemberTestTree> TreeAsync() => fixture.SharedAsync("tree", () => fixture.CreateTreeAsync("mgr"));

    private static MemberProfile ProfileOf(MemberTestTree tree, int sequence, string? phone) => new()
    {
        Name = "  导入  ",
        Gender = Gender.Male,
        Ethnicity = "汉族",
        BirthDate = Birth,
        IdNumber = IdNumberFor(Birth, sequence).ToLowerInvariant(),
        Phone = phone,
        OrganizationId = tree.BranchA,
        Job = " ",
    };

    private static readonly MemberStageDates Applicant = new(MemberStage.Applicant, new DateOnly(2026, 1, 5));

    [Fact]
    public async Task Should_tell_an_unchanged_input_from_a_changed_one_and_find_the_record_by_its_ID_number()
    {
        var tree = await TreeAsync();
        var profile = ProfileOf(tree, 11, "13512345678");
        var id = await fixture.InTenantAsync(tree.TenantId, async sp =>
        {
            var manager = sp.GetRequiredService<MemberManager>();
            var member = await manager.CreateAsync(profile, Applicant);
            await sp.GetRequiredService<IMembersDbContext>().SaveChangesAsync();
            return member.Id;
        });

        await fixture.InTenantAsync(tree.TenantId, async sp =>
        {
            var manager = sp.GetRequiredService<MemberManager>();
            var member = (await manager.FindByIdNumberAsync(" " + IdNumberFor(Birth, 11) + " ")).ShouldNotBeNull();
            member.Id.ShouldBe(id);
            member.Name.ShouldBe("导入");
            member.Job.ShouldBeNull();
            manager.IsUnchanged(member, profile, Applicant).ShouldBeTrue();
            manager.IsUnchanged(member, profile with { IdNumber = null, Phone = null }).ShouldBeTrue();
            manager.IsUnchanged(member, profile with { Phone = "13512345679" }).ShouldBeFalse();
            manager.IsUnchanged(member, profile with { Phone = "" }).ShouldBeFalse();
            manager.IsUnchanged(member, profile with { OrganizationId = tree.BranchB }).ShouldBeFalse();
            manager.IsUnchanged(member, profile, Applicant with { TalkedOn = new DateOnly(2026, 1, 20) }).ShouldBeFalse();
            manager.Reveal(member).ShouldBe((IdNumberFor(Birth, 11), "13512345678"));
        });
    }

    [Fact]
    public async Task Should_refuse_a_second_record_with_the_same_number_in_one_unit_of_work()
    {
        var tree = await TreeAsync();

        await fixture.InTenantAsync(tree.TenantId, async sp =>
        {
            var manager = sp.GetRequiredService<MemberManager>();
            await manager.CreateAsync(ProfileOf(tree, 13, null), Applicant);
            var refused = await Should.ThrowAsync<BusinessException>(() => manager.CreateAsync(ProfileOf(tree, 13, null), Applicant));
            refused.Code.ShouldBe(PartyBuildingErrorCodes.Members.IdNumberAlreadyExists);
        });
    }

    [Fact]
    public async Task Should_write_stage_category_and_status_changes_to_the_history()
    {
        var tree = await TreeAsync();

        var kinds = await fixture.InTenantAsync(tree.TenantId, async sp =>
        {
            var manager = sp.GetRequiredService<MemberManager>();
            var db = sp.GetRequiredService<IMembersDbContext>();
            var member = await manager.CreateAsync(ProfileOf(tree, 15, null), Applicant);
            manager.ChangeStage(member, MemberStage.Probationary, new DateOnly(2026, 11, 1), null, "支部党员大会", new DateOnly(2026, 11, 1));
            manager.ChangeStatus(member, MemberStatus.Left, new DateOnly(2026, 11, 2), "退党");
            manager.ChangeStatus(member, MemberStatus.Left, new DateOnly(2026, 11, 3), "again");
            await db.SaveChangesAsync();
            return db.MemberHistory.Where(h => h.MemberId == member.Id).Select(h => h.Kind).ToList();
        });

        kinds.ShouldBe(
            [MemberHistoryKind.Created, MemberHistoryKind.StageChanged, MemberHistoryKind.CategoryChanged, MemberHistoryKind.StatusChanged],
            ignoreOrder: true);
    }
}

public sealed class MemberManagerTestsOnSqlite(SqliteFixture fixture)
    : MemberManagerTests(fixture), IClassFixture<SqliteFixture>;

public sealed class MemberManagerTestsOnPostgreSql(PostgreSqlFixture fixture)
    : MemberManagerTests(fixture), IClassFixture<PostgreSqlFixture>;

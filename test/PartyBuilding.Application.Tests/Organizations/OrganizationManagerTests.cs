using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Testing;
using Shouldly;
using Xunit;

namespace PartyBuilding.Organizations;

/// <summary>
/// What the import and the demo seed rely on: the manager used without the API, the subtree query that stays a
/// prefix match at any size, and the effective-dated membership query for jobs.
/// </summary>
public abstract class OrganizationManagerTests(PlatformFixture fixture)
{
    private async Task<Guid> CommitteeAsync(string code) => (await fixture.CreateCommitteeAsync(code)).Id;

    [Fact]
    public async Task Should_select_a_subtree_by_a_prefix_match_on_the_path_never_by_scanning_every_row_through_a_function()
    {
        var sql = await fixture.InTenantAsync(Guid.NewGuid(), sp => Task.FromResult(
            sp.GetRequiredService<IOrganizationsDbContext>().Organizations.WhereInSubtree("00001.00004.").ToQueryString()));

        // LIKE 'prefix%' can use the (TenantId, Path) index; instr/strpos/substr on the column could not.
        sql.ShouldContain("LIKE");
        sql.ShouldNotContain("instr", Case.Insensitive);
        sql.ShouldNotContain("strpos", Case.Insensitive);
        sql.ShouldNotContain("substr", Case.Insensitive);
    }

    [Fact]
    public async Task Should_give_organisations_created_in_one_unit_of_work_distinct_paths_When_the_caller_saves_once()
    {
        var committeeId = await CommitteeAsync("mgr-batch");

        var paths = await fixture.InTenantAsync(committeeId, async sp =>
        {
            var manager = sp.GetRequiredService<OrganizationManager>();
            var root = await manager.CreateAsync(null, OrganizationType.PartyCommittee, "导入党委");
            var first = await manager.CreateAsync(root.Id, OrganizationType.Branch, "导入一支部");
            var second = await manager.CreateAsync(root.Id, OrganizationType.Branch, "导入二支部");
            var group = await manager.CreateAsync(first.Id, OrganizationType.PartyGroup, "导入党小组");
            await sp.GetRequiredService<IOrganizationsDbContext>().SaveChangesAsync();
            return new[] { root.Path, first.Path, second.Path, group.Path };
        });

        paths.ShouldBe(["00001.", "00001.00001.", "00001.00002.", "00001.00001.00001."]);
    }

    [Fact]
    public async Task Should_rebase_tracked_descendants_and_the_stored_rows_When_a_subtree_moves()
    {
        var committeeId = await CommitteeAsync("mgr-move");

        var (trackedPath, storedPath, expected) = await fixture.InTenantAsync(committeeId, async sp =>
        {
            var manager = sp.GetRequiredService<OrganizationManager>();
            var db = sp.GetRequiredService<IOrganizationsDbContext>();
            var from = await manager.CreateAsync(null, OrganizationType.PartyCommittee, "甲党委");
            var to = await manager.CreateAsync(null, OrganizationType.PartyCommittee, "乙党委");
            var branch = await manager.CreateAsync(from.Id, OrganizationType.Branch, "移动支部");
            var group = await manager.CreateAsync(branch.Id, OrganizationType.PartyGroup, "移动党小组");
            await db.SaveChangesAsync();

            await manager.MoveAsync(branch, to.Id);

            var stored = await db.Organizations.AsNoTracking().Where(o => o.Id == group.Id).Select(o => o.Path).SingleAsync();
            return (group.Path, stored, to.Path + "00001.00001.");
        });

        trackedPath.ShouldBe(expected);
        storedPath.ShouldBe(expected);
    }

    [Fact]
    public async Task Should_find_the_organisations_that_belonged_to_the_committee_during_a_period_by_their_joined_and_left_dates()
    {
        var committeeId = await CommitteeAsync("mgr-dates");
        var quarterStart = new DateOnly(2026, 4, 1);
        var quarterEnd = new DateOnly(2026, 6, 30);
        var cases = new (string Name, DateOnly? JoinedOn, DateOnly? LeftOn, bool Member)[]
        {
            ("一直在册", null, null, true),
            ("季度中加入", new DateOnly(2026, 5, 10), null, true),
            ("季末当天加入", quarterEnd, null, true),
            ("季初当天退出", new DateOnly(2020, 1, 1), quarterStart, true),
            ("季度前已退出", new DateOnly(2020, 1, 1), quarterStart.AddDays(-1), false),
            ("季度后才加入", quarterEnd.AddDays(1), null, false),
        };

        var (members, lookup) = await fixture.InTenantAsync(committeeId, async sp =>
        {
            var manager = sp.GetRequiredService<OrganizationManager>();
            var byName = new Dictionary<Guid, string>();
            foreach (var (name, joinedOn, leftOn, _) in cases)
            {
                var organization = await manager.CreateAsync(null, OrganizationType.Branch, name);
                (organization.JoinedOn, organization.LeftOn) = (joinedOn, leftOn);
                OrganizationManager.EnsureDatesConsistent(organization);
                byName[organization.Id] = name;
            }

            var db = sp.GetRequiredService<IOrganizationsDbContext>();
            await db.SaveChangesAsync();
            var queried = await db.Organizations.AsNoTracking().WhereMemberDuring(quarterStart, quarterEnd).Select(o => o.Name).ToListAsync();
            var ids = await sp.GetRequiredService<IOrganizationLookup>().GetMembersDuringAsync(quarterStart, quarterEnd);
            return (queried, ids.Select(id => byName[id]).ToList());
        });

        var expected = cases.Where(c => c.Member).Select(c => c.Name).ToList();
        members.ShouldBe(expected, ignoreOrder: true);
        lookup.ShouldBe(expected, "the lookup lists them in tree order");
        cases.ShouldAllBe(c => new Organization(Guid.NewGuid(), null, "00001.", OrganizationType.Branch, c.Name)
            { JoinedOn = c.JoinedOn, LeftOn = c.LeftOn }.IsMemberDuring(quarterStart, quarterEnd) == c.Member);
    }
}

public sealed class OrganizationManagerTestsOnSqlite(SqliteFixture fixture)
    : OrganizationManagerTests(fixture), IClassFixture<SqliteFixture>;

public sealed class OrganizationManagerTestsOnPostgreSql(PostgreSqlFixture fixture)
    : OrganizationManagerTests(fixture), IClassFixture<PostgreSqlFixture>;

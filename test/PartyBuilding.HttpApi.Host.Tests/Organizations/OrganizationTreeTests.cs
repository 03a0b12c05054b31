using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Framework.Data;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Members;
using PartyBuilding.Support;
using PartyBuilding.Tenancy;
using PartyBuilding.Testing;
using Shouldly;
using Xunit;
using static PartyBuilding.Organizations.OrganizationTestApi;

namespace PartyBuilding.Organizations;

/// <summary>The organisation tree through the API: paths, nesting, moves, type rules, guarded deletes, bad input.</summary>
public abstract class OrganizationTreeTests(PlatformFixture fixture)
{
    private const string Code = "orgtree";
    private const string Errors = "PartyBuilding:Organizations:";

    private Task<TenantDto> CommitteeAsync() => fixture.SharedAsync("committee", () => fixture.CreateCommitteeAsync(Code));

    private async Task<SessionClient> AdminAsync()
    {
        await CommitteeAsync();
        return await fixture.SharedSessionAsync(Code, $"{Code}.admin");
    }

    [Fact]
    public async Task Should_give_each_child_the_next_path_segment_never_reusing_a_deleted_ones_When_organisations_are_created()
    {
        var admin = await AdminAsync();
        var committee = await admin.CreateOrganizationAsync("路径党委", OrganizationType.PartyCommittee);
        var first = await admin.CreateOrganizationAsync("一支部", OrganizationType.Branch, committee.Id);
        var second = await admin.CreateOrganizationAsync("二支部", OrganizationType.Branch, committee.Id);

        committee.Depth.ShouldBe(1);
        committee.Path.Length.ShouldBe(OrganizationConsts.PathSegmentLength);
        first.Path.ShouldBe(committee.Path + "00001.");
        second.Path.ShouldBe(committee.Path + "00002.");
        first.Depth.ShouldBe(2);
        first.ParentName.ShouldBe("路径党委");

        (await admin.SendAsync(HttpMethod.Delete, $"{Route}/{second.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var third = await admin.CreateOrganizationAsync("三支部", OrganizationType.Branch, committee.Id);

        third.Path.ShouldBe(committee.Path + "00003.", "the deleted sibling keeps its segment");
        await (await admin.SendAsync(HttpMethod.Get, $"{Route}/{second.Id}"))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, FrameworkErrorCodes.EntityNotFound);
    }

    [Fact]
    public async Task Should_nest_children_sorted_by_sort_order_then_name_with_member_and_warning_counts_When_the_tree_is_read()
    {
        var admin = await AdminAsync();
        var committee = await AdminCommitteeIdAsync();
        var root = await admin.CreateOrganizationAsync("树党委", OrganizationType.PartyCommittee);
        var later = await admin.CreateOrganizationAsync("甲支部", OrganizationType.Branch, root.Id, o => o.SortOrder = 2);
        var earlier = await admin.CreateOrganizationAsync("乙支部", OrganizationType.Branch, root.Id, o => o.SortOrder = 1);
        var group = await admin.CreateOrganizationAsync("第一党小组", OrganizationType.PartyGroup, earlier.Id);
        await fixture.AddMembersAsync(committee, earlier.Id, MemberStage.Full, 2);

        var tree = await admin.GetJsonAsync<List<OrganizationTreeNodeDto>>($"{Route}/tree");

        var node = tree.Single(n => n.Id == root.Id);
        node.ParentId.ShouldBeNull();
        node.Children.Select(c => c.Id).ShouldBe([earlier.Id, later.Id]);
        var branch = node.Children[0];
        branch.ParentId.ShouldBe(root.Id);
        branch.Children.Select(c => c.Id).ShouldBe([group.Id]);
        branch.Children[0].Children.ShouldBeEmpty();
        branch.MemberCount.ShouldBe(2);
        branch.WarningCount.ShouldBe(1, "2 full members are fewer than the 3 a branch needs");
        node.WarningCount.ShouldBe(1, "a party committee without a committee term");
        tree.ShouldNotContain(n => n.Id == earlier.Id, "a child is never listed as a root");
    }

    [Fact]
    public async Task Should_move_the_subtree_and_rewrite_every_descendant_path_When_an_organisation_moves()
    {
        var admin = await AdminAsync();
        var from = await admin.CreateOrganizationAsync("迁出党委", OrganizationType.PartyCommittee);
        var to = await admin.CreateOrganizationAsync("迁入党委", OrganizationType.PartyCommittee);
        await admin.CreateOrganizationAsync("迁入党委原有支部", OrganizationType.Branch, to.Id);
        var branch = await admin.CreateOrganizationAsync("迁移支部", OrganizationType.Branch, from.Id);
        var group = await admin.CreateOrganizationAsync("迁移党小组", OrganizationType.PartyGroup, branch.Id);
        var deletedGroup = await admin.CreateOrganizationAsync("已撤销党小组", OrganizationType.PartyGroup, branch.Id);
        (await admin.SendAsync(HttpMethod.Delete, $"{Route}/{deletedGroup.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var moved = await (await admin.MoveOrganizationAsync(branch, to.Id)).ReadAsync<OrganizationDetailDto>();

        moved.ParentId.ShouldBe(to.Id);
        moved.ParentName.ShouldBe("迁入党委");
        moved.Path.ShouldBe(to.Path + "00002.");
        moved.ConcurrencyStamp.ShouldNotBe(branch.ConcurrencyStamp);
        (await admin.GetOrganizationAsync(group.Id)).Path.ShouldBe(moved.Path + "00001.");
        var deletedPath = await fixture.InTenantAsync(await AdminCommitteeIdAsync(), sp => sp.GetRequiredService<IOrganizationsDbContext>()
            .Organizations.IgnoreQueryFilters([DataFilters.SoftDelete]).Where(o => o.Id == deletedGroup.Id).Select(o => o.Path).SingleAsync());
        deletedPath.ShouldBe(moved.Path + "00002.", "deleted descendants move with the subtree");
        (await admin.ListAsync<OrganizationDto>($"{Route}?parentId={from.Id}")).ShouldBeEmpty();
        (await admin.ListAsync<OrganizationDto>($"{Route}?parentId={to.Id}")).Select(o => o.Id).ShouldContain(branch.Id);
        await ShouldHaveConsistentPathsAsync();
    }

    [Fact]
    public async Task Should_answer_400_MoveIntoOwnSubtree_and_change_nothing_When_moved_under_itself_or_a_descendant()
    {
        var admin = await AdminAsync();
        var (root, branch, inner) = await admin.CreateChainAsync(
            ("环党委", OrganizationType.PartyCommittee), ("环总支", OrganizationType.GeneralBranch), ("环内支部", OrganizationType.Branch));

        await (await admin.MoveOrganizationAsync(root, root.Id))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, Errors + "MoveIntoOwnSubtree");
        await (await admin.MoveOrganizationAsync(root, inner.Id))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, Errors + "MoveIntoOwnSubtree");
        await (await admin.MoveOrganizationAsync(branch, inner.Id))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, Errors + "MoveIntoOwnSubtree");

        (await admin.GetOrganizationAsync(root.Id)).Path.ShouldBe(root.Path);
        (await admin.GetOrganizationAsync(inner.Id)).Path.ShouldBe(inner.Path);
        await ShouldHaveConsistentPathsAsync();
    }

    [Fact]
    public async Task Should_answer_400_InvalidParent_When_a_type_does_not_fit_its_parent_or_children()
    {
        var admin = await AdminAsync();
        var (root, branch, group) = await admin.CreateChainAsync(
            ("类型党委", OrganizationType.PartyCommittee), ("类型支部", OrganizationType.JointBranch), ("类型党小组", OrganizationType.PartyGroup));

        foreach (var (type, parentId) in new (OrganizationType, Guid?)[]
                 {
                     (OrganizationType.PartyGroup, null), (OrganizationType.PartyGroup, root.Id), (OrganizationType.Branch, group.Id),
                     (OrganizationType.PartyGroup, group.Id),
                 })
        {
            await (await admin.SendAsync(HttpMethod.Post, Route, new CreateOrganizationDto { Name = "不合规", Type = type, ParentId = parentId }))
                .ShouldBeProblemAsync(HttpStatusCode.BadRequest, Errors + "InvalidParent");
        }

        await (await admin.MoveOrganizationAsync(group, null)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, Errors + "InvalidParent");
        await (await admin.MoveOrganizationAsync(group, root.Id)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, Errors + "InvalidParent");
        await (await admin.SendAsync(HttpMethod.Put, $"{Route}/{branch.Id}", UpdateOf(branch, u => u.Type = OrganizationType.GeneralBranch)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, Errors + "InvalidParent");
        await (await admin.SendAsync(HttpMethod.Put, $"{Route}/{branch.Id}", UpdateOf(branch, u => u.Type = OrganizationType.PartyGroup)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, Errors + "InvalidParent");

        var renamed = await (await admin.SendAsync(HttpMethod.Put, $"{Route}/{branch.Id}",
            UpdateOf(branch, u => (u.Type, u.Name) = (OrganizationType.Branch, "改为党支部")))).ReadAsync<OrganizationDetailDto>();
        renamed.Type.ShouldBe(OrganizationType.Branch);
        renamed.Name.ShouldBe("改为党支部");
    }

    [Fact]
    public async Task Should_answer_409_HasChildren_or_HasMembers_and_keep_the_organisation_When_it_still_holds_something()
    {
        var admin = await AdminAsync();
        var root = await admin.CreateOrganizationAsync("删除党委", OrganizationType.PartyCommittee);
        var branch = await admin.CreateOrganizationAsync("有党员支部", OrganizationType.Branch, root.Id);
        await fixture.AddMembersAsync(await AdminCommitteeIdAsync(), branch.Id, MemberStage.Applicant, 1);

        await (await admin.SendAsync(HttpMethod.Delete, $"{Route}/{root.Id}"))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, Errors + "HasChildren");
        await (await admin.SendAsync(HttpMethod.Delete, $"{Route}/{branch.Id}"))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, Errors + "HasMembers");

        (await admin.GetOrganizationAsync(root.Id)).Id.ShouldBe(root.Id);
        (await admin.GetOrganizationAsync(branch.Id)).MemberCounts.Others.ShouldBe(1);
    }

    [Fact]
    public async Task Should_answer_400_ProblemDetails_never_500_When_the_input_is_invalid()
    {
        var admin = await AdminAsync();
        var today = fixture.Today();

        foreach (var body in new object[]
                 {
                     new { type = "Branch" },
                     new { name = "未知类型", type = "Nonsense" },
                     new { name = "越界类型", type = 42 },
                     new { name = new string('长', OrganizationConsts.MaxNameLength + 1), type = "Branch" },
                     new { name = "坏日期", type = "Branch", joinedOn = "2026-02-30" },
                 })
        {
            var response = await admin.SendAsync(HttpMethod.Post, Route, body);
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, System.Text.Json.JsonSerializer.Serialize(body));
            (await Problem.ReadAsync(response)).Status.ShouldBe(400);
        }

        await (await admin.SendAsync(HttpMethod.Post, Route, new CreateOrganizationDto
            {
                Name = "日期颠倒", Type = OrganizationType.Branch, JoinedOn = today, LeftOn = today.AddDays(-1),
            }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, Errors + "InvalidDates");
        await (await admin.SendAsync(HttpMethod.Post, Route, new CreateOrganizationDto
            {
                Name = "有结束日期的支部", Type = OrganizationType.Branch, EndsOn = today.AddYears(1),
            }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, Errors + "EndsOnOnlyForTemporaryBranch");
        await (await admin.SendAsync(HttpMethod.Post, Route, new CreateOrganizationDto
            {
                Name = "未知类别", Type = OrganizationType.Branch, CategoryId = Guid.NewGuid(),
            }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, Errors + "UnknownCategory");
        await (await admin.SendAsync(HttpMethod.Post, Route, new CreateOrganizationDto
            {
                Name = "未知上级", Type = OrganizationType.Branch, ParentId = Guid.NewGuid(),
            }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, FrameworkErrorCodes.EntityNotFound);
        await (await admin.SendAsync(HttpMethod.Get, $"{Route}?sorting=brandDescription"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, FrameworkErrorCodes.InvalidSorting);
        await (await admin.SendAsync(HttpMethod.Get, $"{Route}?maxResultCount=100000"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, FrameworkErrorCodes.ValidationFailed);

        var temporary = await admin.CreateOrganizationAsync("项目临时党支部", OrganizationType.TemporaryBranch, configure: o =>
            (o.EstablishedOn, o.EndsOn) = (today, today.AddMonths(6)));
        temporary.EndsOn.ShouldBe(today.AddMonths(6));
    }

    [Fact]
    public async Task Should_answer_409_ConcurrencyConflict_When_an_organisation_is_updated_or_moved_from_a_stale_copy()
    {
        var admin = await AdminAsync();
        var organization = await admin.CreateOrganizationAsync("并发支部", OrganizationType.Branch);
        var other = await admin.CreateOrganizationAsync("并发党委", OrganizationType.PartyCommittee);
        var first = await (await admin.SendAsync(HttpMethod.Put, $"{Route}/{organization.Id}",
            UpdateOf(organization, u => u.Name = "第一次修改"))).ReadAsync<OrganizationDetailDto>();

        await (await admin.SendAsync(HttpMethod.Put, $"{Route}/{organization.Id}", UpdateOf(organization, u => u.Name = "旧副本")))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, FrameworkErrorCodes.ConcurrencyConflict);
        await (await admin.MoveOrganizationAsync(organization, other.Id))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, FrameworkErrorCodes.ConcurrencyConflict);

        var stored = await admin.GetOrganizationAsync(organization.Id);
        stored.Name.ShouldBe("第一次修改");
        stored.ParentId.ShouldBeNull();
        stored.ConcurrencyStamp.ShouldBe(first.ConcurrencyStamp);
    }

    [Fact]
    public async Task Should_filter_and_page_the_list_When_asked_by_name_type_and_parent()
    {
        var admin = await AdminAsync();
        var root = await admin.CreateOrganizationAsync("列表党委", OrganizationType.PartyCommittee);
        foreach (var name in new[] { "列表一支部", "列表二支部", "列表三支部" })
        {
            await admin.CreateOrganizationAsync(name, OrganizationType.Branch, root.Id);
        }

        var page = await (await admin.SendAsync(HttpMethod.Get, $"{Route}?parentId={root.Id}&type=Branch&maxResultCount=2&sorting=name desc"))
            .ReadAsync<Paged<OrganizationDto>>();

        page.TotalCount.ShouldBe(3);
        page.Items.Count.ShouldBe(2);
        page.Items.Select(o => o.Name).ShouldBe(page.Items.Select(o => o.Name).OrderDescending(StringComparer.Ordinal));
        (await admin.ListAsync<OrganizationDto>($"{Route}?filter=列表二")).Select(o => o.Name).ShouldBe(["列表二支部"]);
    }

    private async Task<Guid> AdminCommitteeIdAsync() => (await CommitteeAsync()).Id;

    /// <summary>Every organisation's path is its parent's path plus one segment, and no two share a path.</summary>
    private async Task ShouldHaveConsistentPathsAsync()
    {
        var rows = await fixture.InTenantAsync(await AdminCommitteeIdAsync(), sp => sp.GetRequiredService<IOrganizationsDbContext>()
            .Organizations.IgnoreQueryFilters([DataFilters.SoftDelete]).Select(o => new { o.Id, o.ParentId, o.Path }).ToListAsync());
        var paths = rows.ToDictionary(r => r.Id, r => r.Path);
        rows.Select(r => r.Path).ShouldBeUnique();
        foreach (var row in rows)
        {
            var parentPath = row.ParentId is { } parentId ? paths[parentId] : string.Empty;
            row.Path.Length.ShouldBe(parentPath.Length + OrganizationConsts.PathSegmentLength);
            row.Path.ShouldStartWith(parentPath);
        }
    }
}

public sealed class OrganizationTreeTestsOnSqlite(SqliteFixture fixture)
    : OrganizationTreeTests(fixture), IClassFixture<SqliteFixture>;

public sealed class OrganizationTreeTestsOnPostgreSql(PostgreSqlFixture fixture)
    : OrganizationTreeTests(fixture), IClassFixture<PostgreSqlFixture>;

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Identity;
using PartyBuilding.Support;
using PartyBuilding.Tenancy;
using PartyBuilding.Testing;
using Shouldly;
using Xunit;
using static PartyBuilding.Organizations.OrganizationTestApi;

namespace PartyBuilding.Organizations;

/// <summary>A branch secretary sees and edits only their own subtree; another committee's organisations do not exist for a committee.</summary>
public abstract class OrganizationReachTests(PlatformFixture fixture)
{
    private const string Code = "orgreach";
    private const string OtherCode = "orgreach-b";
    private const string OutsideReach = "PartyBuilding:Organizations:OutsideReach";

    private sealed record Layout(TenantDto Committee, OrganizationDetailDto Root, OrganizationDetailDto Own, OrganizationDetailDto Group, OrganizationDetailDto Sibling);

    /// <summary>联合党委 → 党委 → (the secretary's 支部 → 党小组) and a sibling 支部 outside their reach.</summary>
    private Task<Layout> LayoutAsync() => fixture.SharedAsync("layout", async () =>
    {
        var committee = await fixture.CreateCommitteeAsync(Code);
        var admin = await fixture.SharedSessionAsync(Code, $"{Code}.admin");
        var (root, own, group) = await admin.CreateChainAsync(
            ("辖区党委", OrganizationType.PartyCommittee), ("书记所在支部", OrganizationType.Branch), ("书记支部党小组", OrganizationType.PartyGroup));
        var sibling = await admin.CreateOrganizationAsync("其他支部", OrganizationType.Branch, root.Id);
        await fixture.InTenantAsync(committee.Id, sp => sp.GetRequiredService<IUserAppService>().CreateAsync(new CreateUserDto
        {
            UserName = "secretary",
            Name = "支部书记",
            Password = PlatformFixture.UserPassword,
            RoleNames = [RoleNames.BranchSecretary],
            OrganizationId = own.Id,
        }));
        return new Layout(committee, root, own, group, sibling);
    });

    private Task<SessionClient> SecretaryAsync() => fixture.SharedSessionAsync(Code, "secretary");

    [Fact]
    public async Task Should_show_only_the_own_subtree_with_the_own_organisation_as_root_When_a_secretary_reads_the_tree_and_list()
    {
        var layout = await LayoutAsync();
        var secretary = await SecretaryAsync();

        var tree = await secretary.GetJsonAsync<List<OrganizationTreeNodeDto>>($"{Route}/tree");
        var list = await secretary.ListAsync<OrganizationDto>($"{Route}?maxResultCount=1000");

        tree.Select(n => n.Id).ShouldBe([layout.Own.Id]);
        tree[0].Children.Select(n => n.Id).ShouldBe([layout.Group.Id]);
        list.Select(o => o.Id).ShouldBe([layout.Own.Id, layout.Group.Id], ignoreOrder: true);
        (await secretary.GetOrganizationAsync(layout.Group.Id)).ParentName.ShouldBe(layout.Own.Name);
    }

    [Fact]
    public async Task Should_answer_403_OutsideReach_When_a_secretary_reads_or_changes_an_organisation_outside_their_subtree()
    {
        var layout = await LayoutAsync();
        var secretary = await SecretaryAsync();

        foreach (var (method, url, body) in new (HttpMethod, string, object?)[]
                 {
                     (HttpMethod.Get, $"{Route}/{layout.Sibling.Id}", null),
                     (HttpMethod.Get, $"{Route}/{layout.Root.Id}", null),
                     (HttpMethod.Put, $"{Route}/{layout.Sibling.Id}", UpdateOf(layout.Sibling, u => u.Name = "越权修改")),
                     (HttpMethod.Get, $"{Route}/{layout.Sibling.Id}/committee-terms", null),
                     (HttpMethod.Post, $"{Route}/{layout.Sibling.Id}/committee-terms", new { startsOn = "2026-01-01", members = Array.Empty<object>() }),
                     (HttpMethod.Get, $"{Route}/{layout.Sibling.Id}/brand-logo", null),
                     (HttpMethod.Delete, $"{Route}/{layout.Sibling.Id}/brand-logo", null),
                     (HttpMethod.Post, $"{Route}/{layout.Group.Id}/move", new { parentId = layout.Sibling.Id, concurrencyStamp = layout.Group.ConcurrencyStamp }),
                     (HttpMethod.Post, $"{Route}/{layout.Sibling.Id}/move", new { parentId = layout.Own.Id, concurrencyStamp = layout.Sibling.ConcurrencyStamp }),
                 })
        {
            await (await secretary.SendAsync(method, url, body)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, OutsideReach);
        }

        var admin = await fixture.SharedSessionAsync(Code, $"{Code}.admin");
        var sibling = await admin.GetOrganizationAsync(layout.Sibling.Id);
        sibling.Name.ShouldBe("其他支部");
        sibling.ParentId.ShouldBe(layout.Root.Id);
        (await admin.GetOrganizationAsync(layout.Group.Id)).ParentId.ShouldBe(layout.Own.Id);
    }

    [Fact]
    public async Task Should_let_a_secretary_edit_their_own_branch_but_not_create_delete_or_manage_categories()
    {
        var layout = await LayoutAsync();
        var secretary = await SecretaryAsync();
        var own = await secretary.GetOrganizationAsync(layout.Own.Id);

        var updated = await (await secretary.SendAsync(HttpMethod.Put, $"{Route}/{own.Id}", UpdateOf(own, u => u.BrandName = "红色先锋")))
            .ReadAsync<OrganizationDetailDto>();

        updated.BrandName.ShouldBe("红色先锋");
        await (await secretary.SendAsync(HttpMethod.Post, Route, new CreateOrganizationDto { Name = "新支部", Type = OrganizationType.Branch }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, FrameworkErrorCodes.Forbidden);
        await (await secretary.SendAsync(HttpMethod.Delete, $"{Route}/{layout.Group.Id}"))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, FrameworkErrorCodes.Forbidden);
        await (await secretary.SendAsync(HttpMethod.Post, "/api/organization-categories", new { name = "新类别", kind = "Other" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, FrameworkErrorCodes.Forbidden);
        (await secretary.GetJsonAsync<List<OrganizationCategoryDto>>("/api/organization-categories")).Count.ShouldBe(5);
    }

    [Fact]
    public async Task Should_answer_404_and_change_nothing_When_a_committee_reads_or_changes_another_committees_organisation()
    {
        var layout = await LayoutAsync();
        await fixture.SharedAsync("other", () => fixture.CreateCommitteeAsync(OtherCode));
        var other = await fixture.SharedSessionAsync(OtherCode, $"{OtherCode}.admin");
        var ownOfOther = await other.CreateOrganizationAsync("乙委党支部", OrganizationType.Branch);
        var target = layout.Sibling;

        foreach (var (method, url, body) in new (HttpMethod, string, object?)[]
                 {
                     (HttpMethod.Get, $"{Route}/{target.Id}", null),
                     (HttpMethod.Put, $"{Route}/{target.Id}", UpdateOf(target, u => u.Name = "跨委修改")),
                     (HttpMethod.Delete, $"{Route}/{target.Id}", null),
                     (HttpMethod.Post, $"{Route}/{target.Id}/move", new { parentId = (Guid?)null, concurrencyStamp = target.ConcurrencyStamp }),
                     (HttpMethod.Post, $"{Route}/{ownOfOther.Id}/move", new { parentId = target.Id, concurrencyStamp = ownOfOther.ConcurrencyStamp }),
                     (HttpMethod.Post, Route, new CreateOrganizationDto { Name = "挂到别的委", Type = OrganizationType.Branch, ParentId = target.Id }),
                     (HttpMethod.Get, $"{Route}/{target.Id}/committee-terms", null),
                 })
        {
            await (await other.SendAsync(method, url, body)).ShouldBeProblemAsync(HttpStatusCode.NotFound, FrameworkErrorCodes.EntityNotFound);
        }

        (await other.ListAsync<OrganizationDto>($"{Route}?maxResultCount=1000")).Select(o => o.Id).ShouldBe([ownOfOther.Id]);
        var admin = await fixture.SharedSessionAsync(Code, $"{Code}.admin");
        var unchanged = await admin.GetOrganizationAsync(target.Id);
        unchanged.Name.ShouldBe(target.Name);
        unchanged.ConcurrencyStamp.ShouldBe(target.ConcurrencyStamp);
    }
}

public sealed class OrganizationReachTestsOnSqlite(SqliteFixture fixture)
    : OrganizationReachTests(fixture), IClassFixture<SqliteFixture>;

public sealed class OrganizationReachTestsOnPostgreSql(PostgreSqlFixture fixture)
    : OrganizationReachTests(fixture), IClassFixture<PostgreSqlFixture>;

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Files;
using PartyBuilding.Framework.Data.Seeding;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Identity;
using PartyBuilding.Members;
using PartyBuilding.Organizations;
using PartyBuilding.Support;
using PartyBuilding.Tenancy;
using PartyBuilding.Testing;
using Shouldly;
using Xunit;

namespace PartyBuilding.Activities;

/// <summary>
/// Brand activities: the review state machine, locking, the secretary's reach, participants of the subtree,
/// committee isolation, statistics per committee period, and the seeded categories.
/// </summary>
public abstract class ActivityTests(PlatformFixture fixture)
{
    private const string Code = "activities";
    private const string OtherCode = "activities-b";
    private const string Route = "/api/activities";
    private const string Categories = "/api/activity-categories";
    private const string Locked = "PartyBuilding:Activities:ActivityLocked";

    /// <summary>党委 → 支部甲 (brand 红帆, its 党小组, the secretary's reach) and 支部乙; a member in each.</summary>
    private sealed record Layout(
        TenantDto Committee, OrganizationDetailDto Root, OrganizationDetailDto BranchA, OrganizationDetailDto GroupA,
        OrganizationDetailDto BranchB, Guid MemberA, Guid MemberInGroupA, Guid MemberB, List<ActivityCategoryDto> Categories);

    private Task<Layout> LayoutAsync() => fixture.SharedAsync("layout", async () =>
    {
        var committee = await fixture.CreateCommitteeAsync(Code);
        var admin = await fixture.SharedSessionAsync(Code, $"{Code}.admin");
        var root = await admin.CreateOrganizationAsync("机关党委", OrganizationType.PartyCommittee);
        var branchA = await admin.CreateOrganizationAsync("支部甲", OrganizationType.Branch, root.Id, o => o.BrandName = "红帆");
        var groupA = await admin.CreateOrganizationAsync("支部甲第一党小组", OrganizationType.PartyGroup, branchA.Id);
        var branchB = await admin.CreateOrganizationAsync("支部乙", OrganizationType.Branch, root.Id);
        var memberA = await CreateMemberAsync(admin, "张甲", branchA.Id, null, 1);
        var memberInGroupA = await CreateMemberAsync(admin, "李小组", branchA.Id, groupA.Id, 3);
        var memberB = await CreateMemberAsync(admin, "王乙", branchB.Id, null, 5);
        await fixture.CreatePlacedUserAsync(committee.Id, "secretary-a", RoleNames.BranchSecretary, branchA.Id);
        var categories = await admin.GetJsonAsync<List<ActivityCategoryDto>>(Categories);
        return new Layout(committee, root, branchA, groupA, branchB, memberA, memberInGroupA, memberB, categories);
    });

    private static async Task<Guid> CreateMemberAsync(SessionClient admin, string name, Guid organizationId, Guid? partyGroupId, int sequence)
    {
        var body = MemberTestData.NewMember(name, organizationId, new DateOnly(1985, 5, 5), sequence);
        body["partyGroupId"] = partyGroupId;
        return (await (await admin.SendAsync(HttpMethod.Post, "/api/members", body)).ReadAsync<MemberDto>(HttpStatusCode.Created)).Id;
    }

    private Task<SessionClient> AdminAsync() => fixture.SharedSessionAsync(Code, $"{Code}.admin");

    private Task<SessionClient> SecretaryAsync() => fixture.SharedSessionAsync(Code, "secretary-a");

    private static Guid CategoryNamed(Layout layout, string name) => layout.Categories.Single(c => c.Name == name).Id;

    private static Dictionary<string, object?> NewActivity(Layout layout, Guid organizationId, string title, params Guid[] memberIds) => new()
    {
        ["organizationId"] = organizationId,
        ["title"] = title,
        ["startsAt"] = new DateTime(2026, 11, 10, 1, 0, 0, DateTimeKind.Utc),
        ["endsAt"] = new DateTime(2026, 11, 10, 3, 0, 0, DateTimeKind.Utc),
        ["place"] = "政务服务大厅",
        ["categoryId"] = CategoryNamed(layout, "党建+志愿服务"),
        ["requirement"] = "Optional",
        ["mode"] = "Offline",
        ["memberIds"] = memberIds,
        ["otherParticipantCount"] = 4,
        ["volunteerHours"] = 2.5m,
        ["peopleServed"] = 30,
        ["outcome"] = "为群众代办业务 30 件",
    };

    private static async Task<ActivityDto> CreateAsync(SessionClient client, Dictionary<string, object?> body) =>
        await (await client.SendAsync(HttpMethod.Post, Route, body)).ReadAsync<ActivityDto>(HttpStatusCode.Created);

    private static async Task<ActivityDto> SubmitAsync(SessionClient client, ActivityDto activity) =>
        await (await client.SendAsync(HttpMethod.Post, $"{Route}/{activity.Id}/submit", new { concurrencyStamp = activity.ConcurrencyStamp }))
            .ReadAsync<ActivityDto>();

    private static Task<HttpResponseMessage> ReviewAsync(SessionClient client, ActivityDto activity, string decision, string? comment = null) =>
        client.SendAsync(HttpMethod.Post, $"{Route}/{activity.Id}/review", new { decision, comment, concurrencyStamp = activity.ConcurrencyStamp });

    private static Dictionary<string, object?> UpdateOf(Layout layout, ActivityDto activity, string title)
    {
        var body = NewActivity(layout, activity.OrganizationId, title, [.. activity.MemberIds]);
        body["concurrencyStamp"] = activity.ConcurrencyStamp;
        return body;
    }

    [Fact]
    public async Task Should_go_from_draft_to_approved_through_a_return_and_a_revision_and_lock_the_activity_while_submitted()
    {
        var layout = await LayoutAsync();
        var admin = await AdminAsync();
        var secretary = await SecretaryAsync();

        var draft = await CreateAsync(secretary, NewActivity(layout, layout.BranchA.Id, "红帆志愿服务", layout.MemberA, layout.MemberInGroupA));
        draft.Status.ShouldBe(ActivityStatus.Draft);
        draft.BrandName.ShouldBe("红帆");
        draft.HeldOn.ShouldBe(new DateOnly(2026, 11, 10));
        draft.ParticipantCount.ShouldBe(6);
        draft.Participants.Select(p => p.Name).ShouldBe(["张甲", "李小组"], ignoreOrder: true);
        draft.CategoryGroup.ShouldBe(ActivityCategoryGroup.Field);

        var submitted = await SubmitAsync(secretary, draft);
        submitted.Status.ShouldBe(ActivityStatus.Submitted);
        submitted.SubmittedAt.ShouldNotBeNull();
        await (await secretary.SendAsync(HttpMethod.Put, $"{Route}/{draft.Id}", UpdateOf(layout, submitted, "提交后修改")))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, Locked);
        await (await secretary.SendAsync(HttpMethod.Delete, $"{Route}/{draft.Id}")).ShouldBeProblemAsync(HttpStatusCode.Conflict, Locked);
        await (await secretary.UploadAsync($"{Route}/{draft.Id}/attachments", SampleFiles.Png, "照片.png"))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, Locked);
        await (await SubmitAsyncRaw(secretary, submitted)).ShouldBeProblemAsync(HttpStatusCode.Conflict, Locked);

        await (await ReviewAsync(admin, submitted, "Return")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "PartyBuilding:Activities:CommentRequired");
        var returned = await (await ReviewAsync(admin, submitted, "Return", "请补充现场照片")).ReadAsync<ActivityDto>();
        returned.Status.ShouldBe(ActivityStatus.Returned);

        var revised = await (await secretary.SendAsync(HttpMethod.Put, $"{Route}/{draft.Id}", UpdateOf(layout, returned, "红帆志愿服务（补充）")))
            .ReadAsync<ActivityDto>();
        revised.Title.ShouldBe("红帆志愿服务（补充）");
        (await secretary.UploadAsync($"{Route}/{draft.Id}/attachments", SampleFiles.Png, "照片.png")).StatusCode.ShouldBe(HttpStatusCode.Created);
        var resubmitted = await SubmitAsync(secretary, revised);
        var approved = await (await ReviewAsync(admin, resubmitted, "Approve")).ReadAsync<ActivityDto>();

        approved.Status.ShouldBe(ActivityStatus.Approved);
        approved.Reviews.Select(r => (r.Decision, r.Comment)).ShouldBe(
            [(ActivityReviewDecision.Return, "请补充现场照片"), (ActivityReviewDecision.Approve, (string?)null)]);
        approved.Reviews.ShouldAllBe(r => r.ReviewerName == "联合党委管理员");
        approved.Attachments.ShouldHaveSingleItem().ContentType.ShouldBe("image/png");
        await (await ReviewAsync(admin, approved, "Return", "再次审核")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "PartyBuilding:Activities:NotSubmitted");
        await (await secretary.SendAsync(HttpMethod.Put, $"{Route}/{draft.Id}", UpdateOf(layout, approved, "通过后修改")))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, Locked);
        await (await secretary.SendAsync(HttpMethod.Delete, $"{Route}/{draft.Id}/attachments/{approved.Attachments[0].Id}"))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, Locked);
        (await secretary.Http.GetAsync($"{Route}/{draft.Id}/attachments/{approved.Attachments[0].Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static Task<HttpResponseMessage> SubmitAsyncRaw(SessionClient client, ActivityDto activity) =>
        client.SendAsync(HttpMethod.Post, $"{Route}/{activity.Id}/submit", new { concurrencyStamp = activity.ConcurrencyStamp });

    [Fact]
    public async Task Should_answer_409_ConcurrencyConflict_When_an_edit_or_review_sends_a_stale_stamp()
    {
        var layout = await LayoutAsync();
        var admin = await AdminAsync();
        var draft = await CreateAsync(admin, NewActivity(layout, layout.BranchB.Id, "并发修改"));
        var changed = await (await admin.SendAsync(HttpMethod.Put, $"{Route}/{draft.Id}", UpdateOf(layout, draft, "第一次修改"))).ReadAsync<ActivityDto>();

        await (await admin.SendAsync(HttpMethod.Put, $"{Route}/{draft.Id}", UpdateOf(layout, draft, "旧副本")))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, FrameworkErrorCodes.ConcurrencyConflict);
        await (await SubmitAsyncRaw(admin, draft)).ShouldBeProblemAsync(HttpStatusCode.Conflict, FrameworkErrorCodes.ConcurrencyConflict);
        (await SubmitAsync(admin, changed)).Status.ShouldBe(ActivityStatus.Submitted);
    }

    [Fact]
    public async Task Should_show_a_secretary_only_the_own_branch_and_answer_403_for_another_branch()
    {
        var layout = await LayoutAsync();
        var admin = await AdminAsync();
        var secretary = await SecretaryAsync();
        var own = await CreateAsync(secretary, NewActivity(layout, layout.GroupA.Id, "党小组活动", layout.MemberInGroupA));
        var other = await CreateAsync(admin, NewActivity(layout, layout.BranchB.Id, "乙支部活动", layout.MemberB));

        var list = await secretary.ListAsync<ActivityListItemDto>($"{Route}?maxResultCount=1000");
        list.ShouldContain(a => a.Id == own.Id);
        list.ShouldAllBe(a => a.OrganizationId == layout.BranchA.Id || a.OrganizationId == layout.GroupA.Id);
        (await admin.ListAsync<ActivityListItemDto>($"{Route}?maxResultCount=1000")).ShouldContain(a => a.Id == other.Id);
        (await admin.ListAsync<ActivityListItemDto>($"{Route}?organizationId={layout.BranchA.Id}&maxResultCount=1000"))
            .ShouldNotContain(a => a.Id == other.Id);

        foreach (var (method, url, body) in new (HttpMethod, string, object?)[]
                 {
                     (HttpMethod.Get, $"{Route}/{other.Id}", null),
                     (HttpMethod.Put, $"{Route}/{other.Id}", UpdateOf(layout, other, "越权修改")),
                     (HttpMethod.Delete, $"{Route}/{other.Id}", null),
                     (HttpMethod.Post, $"{Route}/{other.Id}/submit", new { concurrencyStamp = other.ConcurrencyStamp }),
                     (HttpMethod.Get, $"{Route}/{other.Id}/attachments", null),
                 })
        {
            await (await secretary.SendAsync(method, url, body)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "PartyBuilding:Activities:OutsideReach");
        }

        await (await secretary.SendAsync(HttpMethod.Post, Route, NewActivity(layout, layout.BranchB.Id, "越权新建")))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "PartyBuilding:Organizations:OutsideReach");
        await (await secretary.SendAsync(HttpMethod.Get, $"{Route}?organizationId={layout.BranchB.Id}"))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "PartyBuilding:Organizations:OutsideReach");
        await (await secretary.SendAsync(HttpMethod.Get, $"{Route}/review-queue")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, FrameworkErrorCodes.Forbidden);
        var submitted = await SubmitAsync(secretary, own);
        await (await ReviewAsync(secretary, submitted, "Approve")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, FrameworkErrorCodes.Forbidden);
        (await admin.GetJsonAsync<List<ActivityListItemDto>>($"{Route}/review-queue")).ShouldContain(a => a.Id == own.Id);
    }

    [Fact]
    public async Task Should_answer_400_UnknownParticipant_When_a_participant_is_not_a_member_of_the_organisations_subtree()
    {
        var layout = await LayoutAsync();
        var admin = await AdminAsync();

        await (await admin.SendAsync(HttpMethod.Post, Route, NewActivity(layout, layout.BranchA.Id, "混入他支部党员", layout.MemberA, layout.MemberB)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "PartyBuilding:Activities:UnknownParticipant");
        await (await admin.SendAsync(HttpMethod.Post, Route, NewActivity(layout, layout.GroupA.Id, "小组外党员", layout.MemberA)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "PartyBuilding:Activities:UnknownParticipant");
        (await admin.SendAsync(HttpMethod.Post, Route, NewActivity(layout, layout.Root.Id, "党委活动", layout.MemberA, layout.MemberB)))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Should_answer_400_ProblemDetails_When_the_input_is_invalid()
    {
        var layout = await LayoutAsync();
        var admin = await AdminAsync();

        var missingTitle = NewActivity(layout, layout.BranchA.Id, "");
        var problem = await (await admin.SendAsync(HttpMethod.Post, Route, missingTitle)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, FrameworkErrorCodes.ValidationFailed);
        problem.Errors!.Keys.ShouldContain("title");

        var backwards = NewActivity(layout, layout.BranchA.Id, "倒序时间");
        backwards["endsAt"] = new DateTime(2026, 11, 9, 0, 0, 0, DateTimeKind.Utc);
        await (await admin.SendAsync(HttpMethod.Post, Route, backwards)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "PartyBuilding:Activities:InvalidTimes");

        var unknownCategory = NewActivity(layout, layout.BranchA.Id, "未知类别");
        unknownCategory["categoryId"] = Guid.NewGuid();
        await (await admin.SendAsync(HttpMethod.Post, Route, unknownCategory)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "PartyBuilding:Activities:UnknownCategory");

        var badMode = NewActivity(layout, layout.BranchA.Id, "错误方式");
        badMode["mode"] = "Teleport";
        await (await admin.SendAsync(HttpMethod.Post, Route, badMode)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, FrameworkErrorCodes.ValidationFailed);

        var negative = NewActivity(layout, layout.BranchA.Id, "负数");
        negative["peopleServed"] = -1;
        (await (await admin.SendAsync(HttpMethod.Post, Route, negative)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, FrameworkErrorCodes.ValidationFailed))
            .Errors!.Keys.ShouldContain("peopleServed");

        await (await admin.SendAsync(HttpMethod.Get, $"{Route}?sorting=outcome")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, FrameworkErrorCodes.InvalidSorting);
        await (await admin.SendAsync(HttpMethod.Get, $"{Route}/statistics?period=2026-13")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "PartyBuilding:Activities:InvalidPeriod");
    }

    [Fact]
    public async Task Should_count_approved_activities_in_the_committees_period_When_one_starts_at_23_30_on_the_last_day_of_March()
    {
        var layout = await LayoutAsync();
        var admin = await AdminAsync();
        var branch = await admin.CreateOrganizationAsync("统计支部", OrganizationType.Branch, layout.Root.Id);
        var sibling = await admin.CreateOrganizationAsync("统计兄弟支部", OrganizationType.Branch, layout.Root.Id);

        async Task<ActivityDto> ApprovedAsync(Guid organizationId, DateTime startsAt, string category, decimal hours)
        {
            var body = WithStart(NewActivity(layout, organizationId, $"统计 {startsAt:O}"), startsAt);
            body["categoryId"] = CategoryNamed(layout, category);
            body["volunteerHours"] = hours;
            var submitted = await SubmitAsync(admin, await CreateAsync(admin, body));
            return await (await ReviewAsync(admin, submitted, "Approve")).ReadAsync<ActivityDto>();
        }

        // 2026-03-31 23:30 in Beijing is still March there, though 15:30 UTC; 00:30 on 1 April is April.
        var lateMarch = await ApprovedAsync(branch.Id, new DateTime(2026, 3, 31, 15, 30, 0, DateTimeKind.Utc), "党建+中心工作", 1.5m);
        await ApprovedAsync(branch.Id, new DateTime(2026, 3, 31, 16, 30, 0, DateTimeKind.Utc), "特色X", 2m);
        await ApprovedAsync(sibling.Id, new DateTime(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc), "特色X", 1m);
        await CreateAsync(admin, WithStart(NewActivity(layout, branch.Id, "草稿不计"), new DateTime(2026, 3, 10, 2, 0, 0, DateTimeKind.Utc)));
        lateMarch.HeldOn.ShouldBe(new DateOnly(2026, 3, 31));

        async Task<(int Branch, int Sibling, decimal Hours)> CountAsync(string period)
        {
            var statistics = await admin.GetJsonAsync<ActivityStatisticsDto>($"{Route}/statistics?period={period}&organizationId={layout.Root.Id}");
            statistics.Period.ShouldBe(period);
            var row = statistics.ByOrganization.Single(o => o.OrganizationId == branch.Id);
            return (row.Approved, statistics.ByOrganization.Single(o => o.OrganizationId == sibling.Id).Approved, row.VolunteerHours);
        }

        (await CountAsync("2026-03")).ShouldBe((1, 1, 1.5m));
        (await CountAsync("2026-Q1")).ShouldBe((1, 1, 1.5m));
        (await CountAsync("2026-04")).ShouldBe((1, 0, 2m));
        (await CountAsync("2026-Q2")).ShouldBe((1, 0, 2m));
        (await CountAsync("2026")).ShouldBe((2, 1, 3.5m));

        var march = await admin.GetJsonAsync<ActivityStatisticsDto>($"{Route}/statistics?period=2026-03&organizationId={branch.Id}");
        march.ByOrganization.Select(o => o.OrganizationId).ShouldBe([branch.Id]);
        march.ByCategory.Single(c => c.CategoryName == "党建+中心工作").Approved.ShouldBe(1);
        march.ByCategory.Single(c => c.CategoryName == "特色X").Approved.ShouldBe(0);
        march.ByCategory.Single(c => c.CategoryName == "党建+精准帮扶").Approved.ShouldBe(0);
    }

    private static Dictionary<string, object?> WithStart(Dictionary<string, object?> body, DateTime startsAt)
    {
        body["startsAt"] = startsAt;
        body["endsAt"] = startsAt.AddHours(1);
        return body;
    }

    [Fact]
    public async Task Should_answer_404_When_another_committee_uses_this_committees_activity_and_category_ids()
    {
        var layout = await LayoutAsync();
        var admin = await AdminAsync();
        await fixture.SharedAsync("other", () => fixture.CreateCommitteeAsync(OtherCode));
        var outsider = await fixture.SharedSessionAsync(OtherCode, $"{OtherCode}.admin");
        var activity = await CreateAsync(admin, NewActivity(layout, layout.BranchA.Id, "本委活动", layout.MemberA));
        var attachment = await (await admin.UploadAsync($"{Route}/{activity.Id}/attachments", SampleFiles.Pdf, "纪要.pdf"))
            .ReadAsync<AttachmentDto>(HttpStatusCode.Created);
        var categoryId = layout.Categories[0].Id;
        var stamp = new { concurrencyStamp = activity.ConcurrencyStamp };

        foreach (var (method, url, body) in new (HttpMethod, string, object?)[]
                 {
                     (HttpMethod.Get, $"{Route}/{activity.Id}", null),
                     (HttpMethod.Put, $"{Route}/{activity.Id}", UpdateOf(layout, activity, "他委修改")),
                     (HttpMethod.Delete, $"{Route}/{activity.Id}", null),
                     (HttpMethod.Post, $"{Route}/{activity.Id}/submit", stamp),
                     (HttpMethod.Post, $"{Route}/{activity.Id}/review", new { decision = "Approve", concurrencyStamp = activity.ConcurrencyStamp }),
                     (HttpMethod.Get, $"{Route}/{activity.Id}/attachments", null),
                     (HttpMethod.Get, $"{Route}/{activity.Id}/attachments/{attachment.Id}", null),
                     (HttpMethod.Delete, $"{Route}/{activity.Id}/attachments/{attachment.Id}", null),
                     (HttpMethod.Get, $"{Route}/statistics?organizationId={layout.BranchA.Id}", null),
                     (HttpMethod.Get, $"{Route}?organizationId={layout.BranchA.Id}", null),
                     (HttpMethod.Post, Route, NewActivity(layout, layout.BranchA.Id, "他委新建")),
                     (HttpMethod.Get, $"{Categories}/{categoryId}", null),
                     (HttpMethod.Put, $"{Categories}/{categoryId}", new { name = "他委改名", group = "Special", sortOrder = 1, isActive = true, concurrencyStamp = layout.Categories[0].ConcurrencyStamp }),
                     (HttpMethod.Delete, $"{Categories}/{categoryId}", null),
                 })
        {
            await (await outsider.SendAsync(method, url, body)).ShouldBeProblemAsync(HttpStatusCode.NotFound, FrameworkErrorCodes.EntityNotFound);
        }

        (await outsider.ListAsync<ActivityListItemDto>(Route)).ShouldNotContain(a => a.Id == activity.Id);
        (await outsider.GetJsonAsync<List<ActivityListItemDto>>($"{Route}/review-queue")).ShouldBeEmpty();
        (await admin.GetJsonAsync<ActivityDto>($"{Route}/{activity.Id}")).Attachments.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Should_seed_the_categories_once_and_refuse_to_delete_a_used_one()
    {
        var layout = await LayoutAsync();
        var admin = await AdminAsync();

        layout.Categories.Select(c => c.Name).ShouldBe(
        [
            "党建+中心工作", "党建+重点任务", "党建+日常工作", "特色X", "党建+产业发展", "党建+旧改征迁",
            "党建+城市建管", "党建+优化环境", "党建+协商民主", "党建+志愿服务", "党建+群团建设", "党建+精准帮扶",
        ]);
        layout.Categories.Count(c => c.Group == ActivityCategoryGroup.Field).ShouldBe(8);

        var unused = layout.Categories.Single(c => c.Name == "党建+旧改征迁");
        (await admin.SendAsync(HttpMethod.Delete, $"{Categories}/{unused.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await fixture.InTenantAsync(null, sp => sp.GetRequiredService<IDataSeeder>().SeedAsync(new DataSeedContext(layout.Committee.Id)));
        (await admin.GetJsonAsync<List<ActivityCategoryDto>>(Categories)).Select(c => c.Id).ShouldBe(
            layout.Categories.Where(c => c.Id != unused.Id).Select(c => c.Id));

        var own = await (await admin.SendAsync(HttpMethod.Post, Categories, new { name = "红帆特色", group = "Special", sortOrder = 200, isActive = true }))
            .ReadAsync<ActivityCategoryDto>(HttpStatusCode.Created);
        var used = NewActivity(layout, layout.BranchA.Id, "使用自建类别");
        used["categoryId"] = own.Id;
        await CreateAsync(admin, used);
        await (await admin.SendAsync(HttpMethod.Delete, $"{Categories}/{own.Id}"))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "PartyBuilding:Activities:CategoryInUse");

        var inactive = await (await admin.SendAsync(HttpMethod.Put, $"{Categories}/{own.Id}",
                new { name = "红帆特色", group = "Special", sortOrder = 200, isActive = false, concurrencyStamp = own.ConcurrencyStamp }))
            .ReadAsync<ActivityCategoryDto>();
        inactive.IsActive.ShouldBeFalse();
        await (await admin.SendAsync(HttpMethod.Post, Route, used)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "PartyBuilding:Activities:UnknownCategory");
        var secretary = await SecretaryAsync();
        await (await secretary.SendAsync(HttpMethod.Post, Categories, new { name = "书记自建", group = "Special" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, FrameworkErrorCodes.Forbidden);
    }
}

public sealed class ActivityTestsOnSqlite(SqliteFixture fixture) : ActivityTests(fixture), IClassFixture<SqliteFixture>;

public sealed class ActivityTestsOnPostgreSql(PostgreSqlFixture fixture) : ActivityTests(fixture), IClassFixture<PostgreSqlFixture>;

using System.Net;
using PartyBuilding.Framework.Application.Dtos;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Support;
using PartyBuilding.Tenancy;
using PartyBuilding.Testing;
using Shouldly;
using Xunit;

namespace PartyBuilding.Members;

/// <summary>
/// Transfer tracking through the API: deadlines from the committee's settings, the overdue list, completion
/// marking the member transferred out, the pending-only rule, reach and committee isolation.
/// </summary>
public abstract class MemberTransferTests(PlatformFixture fixture)
{
    private const string Code = "xfer";
    private const string Url = "/api/member-transfers";
    private static readonly DateOnly Adult = new(1990, 1, 1);

    private Task<TenantDto> CommitteeAsync() => fixture.SharedAsync("committee", () => fixture.CreateCommitteeAsync(Code));

    private async Task<(Guid Tenant, SessionClient Admin, Guid Organization)> SetUpAsync(string organizationName)
    {
        var committee = await CommitteeAsync();
        var admin = await fixture.SharedSessionAsync(Code, $"{Code}.admin");
        return (committee.Id, admin, await fixture.CreateOrganizationAsync(committee.Id, organizationName));
    }

    private Task<Guid> FullMemberAsync(Guid tenant, Guid organization, string name) =>
        fixture.CreateMemberAsync(tenant, organization, name, MemberStage.Full, Adult, m =>
        {
            (m.AppliedOn, m.ActivistOn, m.CandidateOn) = (new DateOnly(2015, 1, 1), new DateOnly(2015, 7, 1), new DateOnly(2016, 7, 1));
            (m.AdmittedOn, m.ProbationEndsOn, m.FullMembershipOn) = (new DateOnly(2016, 9, 1), new DateOnly(2017, 9, 1), new DateOnly(2017, 9, 1));
        });

    private static object Outgoing(Guid organization, Guid member, DateOnly issuedOn, bool crossProvince = false) => new
    {
        direction = "Outgoing",
        organizationId = organization,
        memberId = member,
        letterNumber = "林组转〔2026〕1号",
        counterparty = "赤峰市红山区某党支部",
        isCrossProvince = crossProvince,
        issuedOn = issuedOn.Iso(),
    };

    private static async Task<MemberTransferDto> CreateAsync(SessionClient client, object body) =>
        await (await client.SendAsync(HttpMethod.Post, Url, body)).ReadAsync<MemberTransferDto>(HttpStatusCode.Created);

    [Fact]
    public async Task Should_set_the_deadline_3_months_after_issue_6_across_provinces_and_follow_a_changed_setting()
    {
        var (tenant, admin, organization) = await SetUpAsync("期限支部");
        var member = await FullMemberAsync(tenant, organization, "期限");
        var issued = fixture.Today().AddDays(-3);

        var within = await CreateAsync(admin, Outgoing(organization, member, issued));
        var across = await CreateAsync(admin, Outgoing(organization, member, issued, crossProvince: true));
        (within.Deadline, within.DaysLeft, within.PersonName, within.Status).ShouldBe(
            (issued.AddMonths(3), issued.AddMonths(3).DayNumber - fixture.Today().DayNumber, "期限", TransferStatus.Pending));
        across.Deadline.ShouldBe(issued.AddMonths(6));

        (await admin.SendAsync(HttpMethod.Put, "/api/settings", new[] { new { name = MemberSettings.TransferDeadlineMonths, value = (int?)2 } }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        try
        {
            (await CreateAsync(admin, Outgoing(organization, member, issued))).Deadline.ShouldBe(issued.AddMonths(2));
            (await admin.GetJsonAsync<MemberTransferDto>($"{Url}/{within.Id}")).Deadline.ShouldBe(issued.AddMonths(3));
        }
        finally
        {
            (await admin.SendAsync(HttpMethod.Put, "/api/settings", new[] { new { name = MemberSettings.TransferDeadlineMonths, value = (int?)null } }))
                .StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task Should_list_as_overdue_only_pending_transfers_past_their_deadline()
    {
        var (tenant, admin, organization) = await SetUpAsync("逾期支部");
        var member = await FullMemberAsync(tenant, organization, "逾期");
        var today = fixture.Today();
        var late = await CreateAsync(admin, Outgoing(organization, member, today.AddMonths(-4)));
        var onTime = await CreateAsync(admin, Outgoing(organization, member, today.AddMonths(-3)));
        var lateButCancelled = await CreateAsync(admin, Outgoing(organization, member, today.AddMonths(-5)));
        (await admin.SendAsync(HttpMethod.Post, $"{Url}/{lateButCancelled.Id}/cancel")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var overdue = await admin.GetJsonAsync<Paged<MemberTransferDto>>($"{Url}?overdue=true&organizationId={organization}");
        var rest = await admin.GetJsonAsync<Paged<MemberTransferDto>>($"{Url}?overdue=false&organizationId={organization}");

        var item = overdue.Items.ShouldHaveSingleItem();
        (item.Id, item.Overdue).ShouldBe((late.Id, true));
        item.DaysLeft!.Value.ShouldBeLessThan(0);
        rest.Items.Select(t => t.Id).ShouldBe([lateButCancelled.Id, onTime.Id], ignoreOrder: true);
        rest.Items.Single(t => t.Id == onTime.Id).DaysLeft.ShouldBe(today.AddMonths(-3).AddMonths(3).DayNumber - today.DayNumber);
        (await admin.GetJsonAsync<Paged<MemberTransferDto>>($"{Url}?status=Cancelled&organizationId={organization}"))
            .Items.Select(t => t.Id).ShouldBe([lateButCancelled.Id]);
    }

    [Fact]
    public async Task Should_mark_the_member_transferred_out_with_history_When_an_outgoing_transfer_is_completed_and_refuse_changes_after()
    {
        var (tenant, admin, organization) = await SetUpAsync("转出支部");
        var member = await FullMemberAsync(tenant, organization, "转出");
        var today = fixture.Today();
        var transfer = await CreateAsync(admin, Outgoing(organization, member, today.AddDays(-10)));

        await (await admin.SendAsync(HttpMethod.Post, $"{Url}/{transfer.Id}/complete", new { receiptConfirmedOn = today.AddDays(-11).Iso() }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, DevelopmentErrorCodes.ReceiptBeforeIssue);
        await (await admin.SendAsync(HttpMethod.Post, $"{Url}/{transfer.Id}/complete", new { receiptConfirmedOn = today.AddDays(1).Iso() }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, DevelopmentErrorCodes.DateInFuture);
        var completed = await (await admin.SendAsync(HttpMethod.Post, $"{Url}/{transfer.Id}/complete", new { receiptConfirmedOn = today.Iso() }))
            .ReadAsync<MemberTransferDto>();

        (completed.Status, completed.ReceiptConfirmedOn, completed.Overdue, completed.DaysLeft).ShouldBe((TransferStatus.Completed, today, false, null));
        (await fixture.GetMemberAsync(tenant, member)).Status.ShouldBe(MemberStatus.TransferredOut);
        var entry = (await fixture.GetHistoryAsync(tenant, member)).ShouldHaveSingleItem();
        (entry.Kind, entry.FromValue, entry.ToValue, entry.EffectiveOn, entry.Reason).ShouldBe(
            (MemberHistoryKind.StatusChanged, "Active", "TransferredOut", today, "组织关系转出至赤峰市红山区某党支部"));

        await (await admin.SendAsync(HttpMethod.Post, $"{Url}/{transfer.Id}/complete", new { receiptConfirmedOn = today.Iso() }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, PartyBuildingErrorCodes.Members.TransferNotPending);
        await (await admin.SendAsync(HttpMethod.Post, $"{Url}/{transfer.Id}/cancel"))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, PartyBuildingErrorCodes.Members.TransferNotPending);
        await (await admin.SendAsync(HttpMethod.Put, $"{Url}/{transfer.Id}", new
            {
                organizationId = organization, memberId = member, counterparty = "改", issuedOn = today.Iso(), concurrencyStamp = completed.ConcurrencyStamp,
            }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, PartyBuildingErrorCodes.Members.TransferNotPending);
    }

    [Fact]
    public async Task Should_link_the_arrived_member_When_an_incoming_transfer_is_completed_and_update_or_cancel_while_pending()
    {
        var (tenant, admin, organization) = await SetUpAsync("转入支部");
        var today = fixture.Today();
        var incoming = await CreateAsync(admin, new
        {
            direction = "Incoming", organizationId = organization, personName = "王芳", counterparty = "北京市某党委", isCrossProvince = true,
            issuedOn = today.AddDays(-5).Iso(),
        });
        incoming.Deadline.ShouldBe(today.AddDays(-5).AddMonths(6));

        var updated = await (await admin.SendAsync(HttpMethod.Put, $"{Url}/{incoming.Id}", new
            {
                organizationId = organization, personName = "王芳", counterparty = "北京市某党委", isCrossProvince = false,
                issuedOn = today.AddDays(-5).Iso(), notes = "改为省内", concurrencyStamp = incoming.ConcurrencyStamp,
            }))
            .ReadAsync<MemberTransferDto>();
        (updated.Deadline, updated.Notes, updated.Direction).ShouldBe((today.AddDays(-5).AddMonths(3), "改为省内", TransferDirection.Incoming));
        await (await admin.SendAsync(HttpMethod.Put, $"{Url}/{incoming.Id}", new
            {
                organizationId = organization, personName = "王芳", counterparty = "旧副本", issuedOn = today.Iso(), concurrencyStamp = incoming.ConcurrencyStamp,
            }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, FrameworkErrorCodes.ConcurrencyConflict);

        await (await admin.SendAsync(HttpMethod.Post, $"{Url}/{incoming.Id}/complete", new { receiptConfirmedOn = today.Iso() }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, DevelopmentErrorCodes.ArrivedMemberRequired);
        var arrived = await FullMemberAsync(tenant, organization, "王芳");
        var completed = await (await admin.SendAsync(HttpMethod.Post, $"{Url}/{incoming.Id}/complete", new { receiptConfirmedOn = today.Iso(), memberId = arrived }))
            .ReadAsync<MemberTransferDto>();
        (completed.Status, completed.MemberId).ShouldBe((TransferStatus.Completed, arrived));
        (await fixture.GetMemberAsync(tenant, arrived)).Status.ShouldBe(MemberStatus.Active);

        var other = await CreateAsync(admin, new { direction = "Incoming", organizationId = organization, personName = "赵强", counterparty = "某地", issuedOn = today.Iso() });
        (await (await admin.SendAsync(HttpMethod.Post, $"{Url}/{other.Id}/cancel")).ReadAsync<MemberTransferDto>()).Status.ShouldBe(TransferStatus.Cancelled);
    }

    [Fact]
    public async Task Should_answer_400_ProblemDetails_never_500_When_the_input_is_bad()
    {
        var (tenant, admin, organization) = await SetUpAsync("输入支部");
        var member = await FullMemberAsync(tenant, organization, "输入");
        var today = fixture.Today();

        foreach (var (body, field) in new (object Body, string Field)[]
                 {
                     (new { direction = "Outgoing", organizationId = organization, counterparty = "某地", issuedOn = today.Iso() }, "memberId"),
                     (new { direction = "Incoming", organizationId = organization, counterparty = "某地", issuedOn = today.Iso() }, "personName"),
                     (new { direction = "Sideways", organizationId = organization, memberId = member, counterparty = "某地", issuedOn = today.Iso() }, "direction"),
                     (new { direction = "Outgoing", organizationId = organization, memberId = member, issuedOn = today.Iso() }, "counterparty"),
                     (new { direction = "Outgoing", organizationId = organization, memberId = member, counterparty = "某地" }, "issuedOn"),
                 })
        {
            var problem = await (await admin.SendAsync(HttpMethod.Post, Url, body))
                .ShouldBeProblemAsync(HttpStatusCode.BadRequest, FrameworkErrorCodes.ValidationFailed);
            problem.Errors.ShouldNotBeNull().Keys.ShouldContain(k => k.Contains(field, StringComparison.OrdinalIgnoreCase), field);
        }

        await (await admin.SendAsync(HttpMethod.Post, Url, Outgoing(organization, member, today.AddDays(1))))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, DevelopmentErrorCodes.DateInFuture);
        await (await admin.SendAsync(HttpMethod.Post, Url, Outgoing(organization, Guid.NewGuid(), today)))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, FrameworkErrorCodes.EntityNotFound);
        await (await admin.SendAsync(HttpMethod.Get, $"{Url}?sorting=notes"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, FrameworkErrorCodes.InvalidSorting);
        await (await admin.SendAsync(HttpMethod.Get, $"{Url}?maxResultCount=0"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, FrameworkErrorCodes.ValidationFailed);
        await (await admin.SendAsync(HttpMethod.Get, $"{Url}?overdue=perhaps"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, FrameworkErrorCodes.ValidationFailed);
        await (await admin.SendAsync(HttpMethod.Get, $"{Url}/{Guid.NewGuid()}"))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, FrameworkErrorCodes.EntityNotFound);
        (await admin.SendAsync(HttpMethod.Get, $"{Url}?sorting=issuedOn desc")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_keep_a_branch_secretary_to_transfers_of_the_own_subtree()
    {
        var (tenant, admin, mine) = await SetUpAsync("书记所在支部");
        var other = await fixture.CreateOrganizationAsync(tenant, "别的支部");
        var mineMember = await FullMemberAsync(tenant, mine, "本支部");
        var otherMember = await FullMemberAsync(tenant, other, "外支部");
        var today = fixture.Today();
        var outside = await CreateAsync(admin, Outgoing(other, otherMember, today));
        await fixture.CreateSecretaryAsync(tenant, "xfer.secretary", mine);
        var secretary = await fixture.SharedSessionAsync(Code, "xfer.secretary");

        var own = await CreateAsync(secretary, Outgoing(mine, mineMember, today));
        (await secretary.GetJsonAsync<Paged<MemberTransferDto>>(Url)).Items.Select(t => t.Id).ShouldBe([own.Id]);
        await (await secretary.SendAsync(HttpMethod.Get, $"{Url}/{outside.Id}"))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, PartyBuildingErrorCodes.Members.OutsideReach);
        await (await secretary.SendAsync(HttpMethod.Post, $"{Url}/{outside.Id}/cancel"))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, PartyBuildingErrorCodes.Members.OutsideReach);
        await (await secretary.SendAsync(HttpMethod.Post, Url, Outgoing(other, otherMember, today)))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, PartyBuildingErrorCodes.Organizations.OutsideReach);
        await (await secretary.SendAsync(HttpMethod.Post, Url, Outgoing(mine, otherMember, today)))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, PartyBuildingErrorCodes.Members.OutsideReach);
        await (await secretary.SendAsync(HttpMethod.Get, $"{Url}?organizationId={other}"))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, PartyBuildingErrorCodes.Organizations.OutsideReach);
    }

    [Fact]
    public async Task Should_answer_404_on_every_route_When_the_ids_belong_to_another_committee()
    {
        var (_, admin, organization) = await SetUpAsync("本会支部");
        var stranger = await fixture.SharedAsync("stranger", () => fixture.CreateCommitteeAsync("xfer2"));
        var foreignOrganization = await fixture.CreateOrganizationAsync(stranger.Id, "别家支部");
        var foreignMember = await FullMemberAsync(stranger.Id, foreignOrganization, "别家");
        var strangerAdmin = await fixture.SharedSessionAsync("xfer2", "xfer2.admin");
        var today = fixture.Today();
        var foreign = await CreateAsync(strangerAdmin, Outgoing(foreignOrganization, foreignMember, today));

        await (await admin.SendAsync(HttpMethod.Get, $"{Url}/{foreign.Id}"))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, FrameworkErrorCodes.EntityNotFound);
        await (await admin.SendAsync(HttpMethod.Put, $"{Url}/{foreign.Id}", new
            {
                organizationId = organization, personName = "x", counterparty = "x", issuedOn = today.Iso(), concurrencyStamp = foreign.ConcurrencyStamp,
            }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, FrameworkErrorCodes.EntityNotFound);
        await (await admin.SendAsync(HttpMethod.Post, $"{Url}/{foreign.Id}/complete", new { receiptConfirmedOn = today.Iso() }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, FrameworkErrorCodes.EntityNotFound);
        await (await admin.SendAsync(HttpMethod.Post, $"{Url}/{foreign.Id}/cancel"))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, FrameworkErrorCodes.EntityNotFound);
        await (await admin.SendAsync(HttpMethod.Post, Url, Outgoing(foreignOrganization, foreignMember, today)))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, FrameworkErrorCodes.EntityNotFound);
        await (await admin.SendAsync(HttpMethod.Post, Url, Outgoing(organization, foreignMember, today)))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, FrameworkErrorCodes.EntityNotFound);
        await (await admin.SendAsync(HttpMethod.Get, $"{Url}?organizationId={foreignOrganization}"))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, FrameworkErrorCodes.EntityNotFound);
        (await admin.GetJsonAsync<Paged<MemberTransferDto>>(Url)).Items.ShouldNotContain(t => t.Id == foreign.Id);
        (await strangerAdmin.GetJsonAsync<MemberTransferDto>($"{Url}/{foreign.Id}")).Status.ShouldBe(TransferStatus.Pending);
    }
}

public sealed class MemberTransferTestsOnSqlite(SqliteFixture fixture)
    : MemberTransferTests(fixture), IClassFixture<SqliteFixture>;

public sealed class MemberTransferTestsOnPostgreSql(PostgreSqlFixture fixture)
    : MemberTransferTests(fixture), IClassFixture<PostgreSqlFixture>;

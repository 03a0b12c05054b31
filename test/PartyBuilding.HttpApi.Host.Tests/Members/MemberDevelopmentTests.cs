using System.Net;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Support;
using PartyBuilding.Tenancy;
using PartyBuilding.Testing;
using Shouldly;
using Xunit;

namespace PartyBuilding.Members;

/// <summary>
/// The development pipeline through the API with the clock moving: each step at its earliest day, early steps
/// refused with the rule cited, the due list and board at the right dates, reach and committee isolation.
/// Tests here move the clock, so each signs in afresh and dates everything from the clock's today.
/// </summary>
public abstract class MemberDevelopmentTests(PlatformFixture fixture)
{
    private const string Code = "dev";
    private static readonly DateOnly Adult = new(1995, 5, 1);

    private Task<TenantDto> CommitteeAsync() => fixture.SharedAsync("committee", () => fixture.CreateCommitteeAsync(Code));

    private async Task<(Guid Tenant, SessionClient Admin)> AdminAsync()
    {
        var committee = await CommitteeAsync();
        return (committee.Id, await fixture.SignInAsync(Code, $"{Code}.admin"));
    }

    private static Task<HttpResponseMessage> StepAsync(
        SessionClient client, Guid memberId, string action, DateOnly on, int? extensionMonths = null, string? language = null) =>
        client.SendAsync(HttpMethod.Post, $"/api/members/{memberId}/stage-transitions", new
        {
            action,
            effectiveOn = on.Iso(),
            decidingMeeting = "第一党支部会议",
            decidingMeetingOn = on.Iso(),
            reason = "按程序办理",
            extensionMonths,
        }, language: language);

    private static async Task<MemberDevelopmentDto> StepOkAsync(SessionClient client, Guid memberId, string action, DateOnly on, int? months = null) =>
        await (await StepAsync(client, memberId, action, on, months)).ReadAsync<MemberDevelopmentDto>();

    private static async Task<Problem> TooEarlyAsync(SessionClient client, Guid memberId, string action, DateOnly on, DateOnly earliest, string rule)
    {
        var problem = await (await StepAsync(client, memberId, action, on))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, PartyBuildingErrorCodes.Members.StepTooEarly);
        problem.Title.ShouldContain(earliest.Iso());
        problem.Title.ShouldContain(rule);
        return problem;
    }

    [Fact]
    public async Task Should_take_an_applicant_to_full_membership_each_step_on_its_earliest_day_When_the_clock_moves_on()
    {
        var (tenant, admin) = await AdminAsync();
        var organization = await fixture.CreateOrganizationAsync(tenant, "发展流程支部");
        var applied = fixture.Today();
        var id = await fixture.CreateMemberAsync(tenant, organization, "李明", MemberStage.Applicant, Adult, m => m.AppliedOn = applied);

        (await StepOkAsync(admin, id, "RecordTalk", applied)).TalkedOn.ShouldBe(applied);
        await TooEarlyAsync(admin, id, "BecomeActivist", applied, applied.AddMonths(6), "地方惯例");
        (await (await StepAsync(admin, id, "BecomeActivist", applied, language: "en"))
                .ShouldBeProblemAsync(HttpStatusCode.BadRequest, PartyBuildingErrorCodes.Members.StepTooEarly))
            .Title.ShouldContain("local practice");

        var activistOn = applied.AddMonths(6);
        fixture.MoveTo(activistOn);
        admin = await fixture.SignInAsync(Code, $"{Code}.admin");
        (await StepOkAsync(admin, id, "BecomeActivist", activistOn)).Stage.ShouldBe(MemberStage.Activist);
        await TooEarlyAsync(admin, id, "BecomeCandidate", activistOn, activistOn.AddMonths(12), "第十三条");

        var candidateOn = activistOn.AddMonths(12);
        fixture.MoveTo(candidateOn);
        admin = await fixture.SignInAsync(Code, $"{Code}.admin");
        (await StepOkAsync(admin, id, "BecomeCandidate", candidateOn)).CandidateOn.ShouldBe(candidateOn);
        var admitted = await StepOkAsync(admin, id, "Admit", candidateOn);
        (admitted.Stage, admitted.AdmittedOn, admitted.ProbationEndsOn).ShouldBe((MemberStage.Probationary, candidateOn, candidateOn.AddMonths(12)));
        await TooEarlyAsync(admin, id, "ConfirmFull", candidateOn, candidateOn.AddMonths(12), "第七条");

        var fullOn = candidateOn.AddMonths(12);
        fixture.MoveTo(fullOn);
        admin = await fixture.SignInAsync(Code, $"{Code}.admin");
        var full = await StepOkAsync(admin, id, "ConfirmFull", fullOn);
        (full.Stage, full.Status, full.FullMembershipOn).ShouldBe((MemberStage.Full, MemberStatus.Active, fullOn));

        var history = await fixture.GetHistoryAsync(tenant, id);
        history.Select(h => (h.Kind, h.FromValue, h.ToValue, h.EffectiveOn)).ShouldBe(
        [
            (MemberHistoryKind.StageChanged, "Applicant", "Activist", activistOn),
            (MemberHistoryKind.StageChanged, "Activist", "Candidate", candidateOn),
            (MemberHistoryKind.StageChanged, "Candidate", "Probationary", candidateOn),
            (MemberHistoryKind.CategoryChanged, null, "Probationary", candidateOn),
            (MemberHistoryKind.StageChanged, "Probationary", "Full", fullOn),
            (MemberHistoryKind.CategoryChanged, "Probationary", "Full", fullOn),
        ], ignoreOrder: true);
        history.ShouldAllBe(h => h.DecidingMeeting == "第一党支部会议" && h.Reason == "按程序办理");
    }

    [Fact]
    public async Task Should_answer_400_TooYoung_When_the_applicant_was_under_18_on_the_day_of_the_application()
    {
        var (tenant, admin) = await AdminAsync();
        var organization = await fixture.CreateOrganizationAsync(tenant, "年龄支部");
        var applied = fixture.Today().AddDays(-1);
        var young = await fixture.CreateMemberAsync(
            tenant, organization, "少年", MemberStage.Applicant, applied.AddYears(-18).AddDays(1), m => m.AppliedOn = applied);
        var justEighteen = await fixture.CreateMemberAsync(
            tenant, organization, "成年", MemberStage.Applicant, applied.AddYears(-18), m => m.AppliedOn = applied);

        var problem = await (await StepAsync(admin, young, "RecordTalk", applied))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, PartyBuildingErrorCodes.Members.TooYoung);
        problem.Title.ShouldContain("17");
        (await StepOkAsync(admin, justEighteen, "RecordTalk", applied)).TalkedOn.ShouldBe(applied);
    }

    [Fact]
    public async Task Should_extend_probation_only_once_and_cancel_it_with_history_When_the_general_meeting_decides()
    {
        var (tenant, admin) = await AdminAsync();
        var organization = await fixture.CreateOrganizationAsync(tenant, "预备期支部");
        var today = fixture.Today();
        void Probationary(Member m)
        {
            m.AppliedOn = today.AddYears(-3);
            m.ActivistOn = today.AddYears(-2).AddMonths(-6);
            m.CandidateOn = today.AddYears(-1).AddMonths(-1);
            m.AdmittedOn = today.AddYears(-1);
            m.ProbationEndsOn = today;
        }

        var extended = await fixture.CreateMemberAsync(tenant, organization, "延长", MemberStage.Probationary, Adult, Probationary);
        var cancelled = await fixture.CreateMemberAsync(tenant, organization, "取消", MemberStage.Probationary, Adult, Probationary);

        await (await StepAsync(admin, extended, "ExtendProbation", today, 13))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, PartyBuildingErrorCodes.Members.ExtensionOutOfRange);
        var dto = await StepOkAsync(admin, extended, "ExtendProbation", today, 6);
        (dto.ProbationEndsOn, dto.ProbationExtended, dto.Stage).ShouldBe((today.AddMonths(6), true, MemberStage.Probationary));
        await (await StepAsync(admin, extended, "ExtendProbation", today, 6))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, PartyBuildingErrorCodes.Members.ProbationAlreadyExtended);
        await TooEarlyAsync(admin, extended, "ConfirmFull", today, today.AddMonths(6), "第七条");

        (await StepOkAsync(admin, cancelled, "CancelProbation", today)).Status.ShouldBe(MemberStatus.ProbationCancelled);
        await (await StepAsync(admin, cancelled, "ConfirmFull", today))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, PartyBuildingErrorCodes.Members.StageTransitionNotAllowed);

        (await fixture.GetHistoryAsync(tenant, extended)).Select(h => (h.Kind, h.FromValue, h.ToValue))
            .ShouldBe([(MemberHistoryKind.ProbationExtended, today.Iso(), today.AddMonths(6).Iso())]);
        (await fixture.GetHistoryAsync(tenant, cancelled)).Select(h => (h.Kind, h.FromValue, h.ToValue))
            .ShouldBe([(MemberHistoryKind.StatusChanged, "Active", "ProbationCancelled")]);
    }

    [Fact]
    public async Task Should_list_each_kind_of_due_work_at_its_date_and_count_the_board_per_stage()
    {
        var (tenant, admin) = await AdminAsync();
        var organization = await fixture.CreateOrganizationAsync(tenant, "待办支部");
        var today = fixture.Today();
        Task<Guid> Create(string name, MemberStage stage, Action<Member> dates) =>
            fixture.CreateMemberAsync(tenant, organization, name, stage, Adult, dates);
        await Create("新申请", MemberStage.Applicant, m => m.AppliedOn = today.AddDays(-20));
        await Create("未谈话", MemberStage.Applicant, m => m.AppliedOn = today.AddMonths(-2));
        await Create("可积极", MemberStage.Applicant, m => (m.AppliedOn, m.TalkedOn) = (today.AddMonths(-7), today.AddMonths(-7)));
        await Create("可发展", MemberStage.Activist, m => (m.AppliedOn, m.ActivistOn) = (today.AddYears(-2), today.AddMonths(-13)));
        void Probation(Member m, DateOnly endsOn) =>
            (m.AppliedOn, m.ActivistOn, m.CandidateOn, m.AdmittedOn, m.ProbationEndsOn) =
            (endsOn.AddYears(-3), endsOn.AddYears(-2), endsOn.AddYears(-1), endsOn.AddYears(-1), endsOn);
        await Create("将期满", MemberStage.Probationary, m => Probation(m, today.AddDays(10)));
        await Create("已期满", MemberStage.Probationary, m => Probation(m, today.AddDays(-1)));
        await Create("较远", MemberStage.Probationary, m => Probation(m, today.AddDays(40)));

        var due = await admin.GetJsonAsync<List<DueItemDto>>($"/api/members/development/due?organizationId={organization}");

        due.Select(d => (d.Name, d.Kind, d.DueOn, d.Overdue)).ShouldBe(
        [
            ("未谈话", DueKind.TalkDue, today.AddMonths(-2).AddMonths(1), true),
            ("已期满", DueKind.FullMembershipOverdue, today.AddDays(-1), true),
            ("可发展", DueKind.CandidateEligible, today.AddMonths(-13).AddMonths(12), false),
            ("可积极", DueKind.ActivistEligible, today.AddMonths(-7).AddMonths(6), false),
            ("新申请", DueKind.TalkDue, today.AddDays(-20).AddMonths(1), false),
            ("将期满", DueKind.ProbationEnding, today.AddDays(10), false),
        ], ignoreOrder: true);
        due.ShouldAllBe(d => d.Rule.Length > 0 && d.OrganizationName == "待办支部");
        (await admin.GetJsonAsync<List<DueItemDto>>($"/api/members/development/due?organizationId={organization}&withinDays=60"))
            .ShouldContain(d => d.Name == "较远" && d.Kind == DueKind.ProbationEnding);

        var board = await admin.GetJsonAsync<DevelopmentBoardDto>($"/api/members/development/board?organizationId={organization}");
        board.Columns.Select(c => (c.Stage, c.Count, c.Members.Count)).ShouldBe(
        [
            (MemberStage.Applicant, 3, 3), (MemberStage.Activist, 1, 1), (MemberStage.Candidate, 0, 0),
            (MemberStage.Probationary, 3, 3), (MemberStage.Full, 0, 0),
        ]);
        var card = board.Columns[1].Members.ShouldHaveSingleItem();
        (card.Name, card.Since, card.NextStepOn).ShouldBe(("可发展", today.AddMonths(-13), today.AddMonths(-13).AddMonths(12)));
        board.Columns[0].Members.Select(m => m.Name).ShouldBe(["可积极", "未谈话", "新申请"]);
    }

    [Fact]
    public async Task Should_date_steps_by_the_committees_calendar_When_it_is_already_tomorrow_in_Beijing_but_not_in_UTC()
    {
        var (tenant, _) = await AdminAsync();
        var organization = await fixture.CreateOrganizationAsync(tenant, "时区支部");
        var tomorrow = fixture.Today().AddDays(1);
        var id = await fixture.CreateMemberAsync(tenant, organization, "时区", MemberStage.Applicant, Adult, m => m.AppliedOn = tomorrow.AddDays(-3));
        fixture.Clock.SetBeijingTime(tomorrow.Year, tomorrow.Month, tomorrow.Day, 0, 30);
        var admin = await fixture.SignInAsync(Code, $"{Code}.admin");

        (await StepOkAsync(admin, id, "RecordTalk", tomorrow)).TalkedOn.ShouldBe(tomorrow);
    }

    [Fact]
    public async Task Should_answer_400_When_the_meeting_is_missing_the_date_is_in_the_future_or_the_input_is_malformed()
    {
        var (tenant, admin) = await AdminAsync();
        var organization = await fixture.CreateOrganizationAsync(tenant, "输入支部");
        var today = fixture.Today();
        var id = await fixture.CreateMemberAsync(tenant, organization, "输入", MemberStage.Applicant, Adult, m => m.AppliedOn = today.AddYears(-1));
        var url = $"/api/members/{id}/stage-transitions";

        await (await admin.SendAsync(HttpMethod.Post, url, new { action = "BecomeActivist", effectiveOn = today.Iso() }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, DevelopmentErrorCodes.DecidingMeetingRequired);
        await (await StepAsync(admin, id, "RecordTalk", today.AddDays(1)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, DevelopmentErrorCodes.DateInFuture);
        foreach (var body in new object[]
                 {
                     new { action = "Fly", effectiveOn = today.Iso() },
                     new { action = "RecordTalk" },
                     new { action = "RecordTalk", effectiveOn = "31/12/2026" },
                     new { action = "ExtendProbation", effectiveOn = today.Iso(), extensionMonths = "many" },
                     new { action = "RecordTalk", effectiveOn = today.Iso(), reason = new string('x', 501) },
                 })
        {
            var problem = await (await admin.SendAsync(HttpMethod.Post, url, body))
                .ShouldBeProblemAsync(HttpStatusCode.BadRequest, FrameworkErrorCodes.ValidationFailed);
            problem.Errors.ShouldNotBeEmpty();
        }

        await (await admin.SendAsync(HttpMethod.Get, "/api/members/development/due?withinDays=-1"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, FrameworkErrorCodes.ValidationFailed);
        await (await admin.SendAsync(HttpMethod.Get, "/api/members/development/board?organizationId=not-a-guid"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, FrameworkErrorCodes.ValidationFailed);
        await (await StepAsync(admin, Guid.NewGuid(), "RecordTalk", today))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, FrameworkErrorCodes.EntityNotFound);
        await (await admin.SendAsync(HttpMethod.Get, $"/api/members/development/board?organizationId={Guid.NewGuid()}"))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, FrameworkErrorCodes.EntityNotFound);
    }

    [Fact]
    public async Task Should_keep_a_branch_secretary_to_the_own_subtree_When_stepping_listing_or_viewing_the_board()
    {
        var (tenant, _) = await AdminAsync();
        var mine = await fixture.CreateOrganizationAsync(tenant, "书记支部");
        var group = await fixture.CreateOrganizationAsync(tenant, "书记支部下级", mine);
        var other = await fixture.CreateOrganizationAsync(tenant, "其他支部");
        var applied = fixture.Today().AddMonths(-2);
        var inside = await fixture.CreateMemberAsync(tenant, group, "辖内", MemberStage.Applicant, Adult, m => m.AppliedOn = applied);
        var outside = await fixture.CreateMemberAsync(tenant, other, "辖外", MemberStage.Applicant, Adult, m => m.AppliedOn = applied);
        await fixture.CreateSecretaryAsync(tenant, "dev.secretary", mine);
        var secretary = await fixture.SignInAsync(Code, "dev.secretary");

        await (await StepAsync(secretary, outside, "RecordTalk", applied))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, PartyBuildingErrorCodes.Members.OutsideReach);
        await (await secretary.SendAsync(HttpMethod.Get, $"/api/members/development/board?organizationId={other}"))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, PartyBuildingErrorCodes.Organizations.OutsideReach);
        await (await secretary.SendAsync(HttpMethod.Get, $"/api/members/development/due?organizationId={other}"))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, PartyBuildingErrorCodes.Organizations.OutsideReach);

        (await secretary.GetJsonAsync<List<DueItemDto>>("/api/members/development/due")).Select(d => d.MemberId).ShouldBe([inside]);
        var board = await secretary.GetJsonAsync<DevelopmentBoardDto>("/api/members/development/board");
        board.Columns.SelectMany(c => c.Members).Select(m => m.Id).ShouldBe([inside]);
        (await StepOkAsync(secretary, inside, "RecordTalk", applied)).TalkedOn.ShouldBe(applied);
    }

    [Fact]
    public async Task Should_answer_404_on_every_route_When_the_ids_belong_to_another_committee()
    {
        var (_, admin) = await AdminAsync();
        var stranger = await fixture.SharedAsync("stranger", () => fixture.CreateCommitteeAsync("dev2"));
        var foreignOrganization = await fixture.CreateOrganizationAsync(stranger.Id, "别家支部");
        var foreignMember = await fixture.CreateMemberAsync(
            stranger.Id, foreignOrganization, "别家", MemberStage.Applicant, Adult, m => m.AppliedOn = fixture.Today());

        await (await StepAsync(admin, foreignMember, "RecordTalk", fixture.Today()))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, FrameworkErrorCodes.EntityNotFound);
        await (await admin.SendAsync(HttpMethod.Get, $"/api/members/development/board?organizationId={foreignOrganization}"))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, FrameworkErrorCodes.EntityNotFound);
        await (await admin.SendAsync(HttpMethod.Get, $"/api/members/development/due?organizationId={foreignOrganization}"))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, FrameworkErrorCodes.EntityNotFound);
        (await admin.GetJsonAsync<List<DueItemDto>>("/api/members/development/due")).ShouldNotContain(d => d.MemberId == foreignMember);
        (await fixture.GetMemberAsync(stranger.Id, foreignMember)).TalkedOn.ShouldBeNull();
    }
}

public sealed class MemberDevelopmentTestsOnSqlite(SqliteFixture fixture)
    : MemberDevelopmentTests(fixture), IClassFixture<SqliteFixture>;

public sealed class MemberDevelopmentTestsOnPostgreSql(PostgreSqlFixture fixture)
    : MemberDevelopmentTests(fixture), IClassFixture<PostgreSqlFixture>;

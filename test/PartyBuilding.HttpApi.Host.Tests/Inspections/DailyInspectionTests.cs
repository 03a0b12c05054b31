using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.BackgroundJobs;
using PartyBuilding.Files;
using PartyBuilding.Framework.Application.Dtos;
using PartyBuilding.Framework.MultiTenancy;
using PartyBuilding.Framework.Timing;
using PartyBuilding.Meetings;
using PartyBuilding.Members;
using PartyBuilding.Support;
using PartyBuilding.Tenancy;
using PartyBuilding.Testing;
using Shouldly;
using Xunit;

namespace PartyBuilding.Inspections;

/// <summary>
/// The daily inspection (日巡查): what it finds, one finding per item and day however often it runs, and who reads
/// which findings.
/// </summary>
public abstract class DailyInspectionTests(PlatformFixture fixture)
{
    private const string Code = "insp";
    private static readonly DateOnly Day = new(2026, 11, 25);

    private Task<TenantDto> CommitteeAsync() => fixture.SharedAsync("committee", () => fixture.CreateCommitteeAsync(Code));

    private Task<SessionClient> AdminAsync() => fixture.SharedSessionAsync(Code, $"{Code}.admin");

    private static object ThemedPartyDay(Guid organization, DateTime startsAt, string? minutes, params Guid[] present) => new
    {
        organizationId = organization,
        types = new[] { "ThemedPartyDay" },
        startsAt,
        endsAt = startsAt.AddHours(2),
        place = "党员活动室",
        mode = "Offline",
        topic = "重温入党誓词",
        minutes,
        attendees = present.Select(m => new { memberId = m, status = "Present" }).ToArray(),
    };

    private static async Task<Guid> SubmittedMeetingAsync(SessionClient client, object meeting)
    {
        var created = await (await client.SendAsync(HttpMethod.Post, "/api/meetings", meeting)).ReadAsync<MeetingDto>(HttpStatusCode.Created);
        await (await client.SendAsync(HttpMethod.Post, $"/api/meetings/{created.Id}/submit", new { created.ConcurrencyStamp }))
            .ReadAsync<MeetingDto>();
        return created.Id;
    }

    private Task<(JobRunOutcome Outcome, JobRun? Run)> RunJobAsync(Guid tenantId, DateOnly day) =>
        fixture.InTenantAsync(null, async sp =>
        {
            var tenant = await sp.GetRequiredService<ITenantStore>().FindAsync(tenantId) ?? throw new InvalidOperationException();
            var job = sp.GetRequiredService<JobRegistry>().Find(DailyInspectionJob.JobName)!;
            return await sp.GetRequiredService<JobRunner>().RunAsync(job, tenant, new Period(PeriodKind.Day, day), CancellationToken.None);
        });

    private Task<List<(InspectionFindingKind Kind, string ItemKey)>> FindingsAsync(Guid tenantId, DateOnly day) =>
        fixture.InTenantAsync(tenantId, async sp =>
            (await sp.GetRequiredService<IInspectionsDbContext>().InspectionFindings.AsNoTracking()
                .Where(f => f.FoundOn == day).Select(f => new { f.Kind, f.ItemKey }).ToListAsync())
            .Select(f => (f.Kind, f.ItemKey)).ToList());

    private Task<int> RunInspectionAsync(Guid tenantId, DateOnly day) =>
        fixture.InTenantAsync(tenantId, sp => sp.GetRequiredService<DailyInspection>().RunAsync(day, CancellationToken.None));

    [Fact]
    public async Task Should_report_overdue_and_due_soon_slots_but_not_fulfilled_ones()
    {
        var committee = await CommitteeAsync();
        var admin = await AdminAsync();
        var branch = await fixture.CreateOrganizationAsync(committee.Id, "巡查一支部");
        // October's 主题党日 is held; September's is not. 23:30 on 31 October in Beijing is still October.
        await SubmittedMeetingAsync(admin, ThemedPartyDay(branch, new DateTime(2026, 10, 31, 15, 30, 0, DateTimeKind.Utc), "学习纪要"));

        await RunInspectionAsync(committee.Id, Day);

        var list = await admin.GetJsonAsync<PagedResultDto<InspectionFindingDto>>(
            $"/api/inspections?date={Day.Iso()}&organizationId={branch}&maxResultCount=1000");
        var themedDays = list.Items.Where(f => f.MeetingType == MeetingType.ThemedPartyDay).ToList();
        themedDays.ShouldContain(f => f.Kind == InspectionFindingKind.Overdue && f.PeriodKey == "2026-09" && f.DueOn == new DateOnly(2026, 9, 30));
        themedDays.ShouldNotContain(f => f.PeriodKey == "2026-10");
        // November's is due on the 30th, within a week of the 25th.
        var dueSoon = themedDays.Single(f => f.PeriodKey == "2026-11");
        (dueSoon.Kind, dueSoon.DueOn, dueSoon.OrganizationName).ShouldBe((InspectionFindingKind.DueSoon, new DateOnly(2026, 11, 30), "巡查一支部"));
        dueSoon.Citation.ShouldNotBeNullOrWhiteSpace();
        // The quarterly 党员大会 of Q3 was never held.
        list.Items.ShouldContain(f => f.Kind == InspectionFindingKind.Overdue && f.MeetingType == MeetingType.PartyMemberAssembly && f.PeriodKey == "2026-Q3");
        list.Items.ShouldAllBe(f => f.FoundOn == Day && f.OrganizationId == branch);
    }

    [Fact]
    public async Task Should_report_submitted_meetings_without_attendance_or_minutes_unless_a_minutes_file_is_attached()
    {
        var committee = await CommitteeAsync();
        var admin = await AdminAsync();
        var branch = await fixture.CreateOrganizationAsync(committee.Id, "巡查二支部");
        var member = await fixture.CreateMemberAsync(committee.Id, branch, "出席者", MemberStage.Full, new DateOnly(1980, 5, 1), m =>
        {
            (m.AppliedOn, m.ActivistOn, m.CandidateOn) = (new DateOnly(2005, 1, 1), new DateOnly(2005, 7, 1), new DateOnly(2006, 7, 1));
            (m.AdmittedOn, m.ProbationEndsOn, m.FullMembershipOn) = (new DateOnly(2006, 9, 1), new DateOnly(2007, 9, 1), new DateOnly(2007, 9, 1));
        });
        var bare = await SubmittedMeetingAsync(admin, ThemedPartyDay(branch, new DateTime(2026, 11, 3, 1, 0, 0, DateTimeKind.Utc), null));
        var filed = await SubmittedMeetingAsync(admin, ThemedPartyDay(branch, new DateTime(2026, 11, 10, 1, 0, 0, DateTimeKind.Utc), null, member));
        await fixture.InTenantAsync(committee.Id, async sp =>
        {
            await using var minutes = new MemoryStream(Files.SampleFiles.Pdf);
            await sp.GetRequiredService<IAttachmentStore>().AddAsync(
                MeetingConsts.AttachmentOwner, filed, AttachmentKind.Minutes, "纪要.pdf", minutes);
        });

        await RunInspectionAsync(committee.Id, Day);

        var findings = (await FindingsAsync(committee.Id, Day)).Where(f => f.ItemKey.StartsWith("meeting:", StringComparison.Ordinal)).ToList();
        findings.ShouldContain((InspectionFindingKind.NoAttendance, $"meeting:{bare:N}"));
        findings.ShouldContain((InspectionFindingKind.NoMinutes, $"meeting:{bare:N}"));
        findings.ShouldNotContain(f => f.ItemKey == $"meeting:{filed:N}");
    }

    [Fact]
    public async Task Should_record_one_finding_per_item_and_day_however_often_and_concurrently_the_inspection_runs()
    {
        var committee = await fixture.CreateCommitteeAsync("insp-rerun");
        await fixture.CreateOrganizationAsync(committee.Id, "重跑支部");
        var day = new DateOnly(2026, 11, 20);

        var runs = await Task.WhenAll(RunJobAsync(committee.Id, day), RunJobAsync(committee.Id, day));
        runs.Count(r => r.Outcome == JobRunOutcome.Succeeded).ShouldBe(1);
        var once = await FindingsAsync(committee.Id, day);
        once.ShouldNotBeEmpty();
        once.Distinct().Count().ShouldBe(once.Count);

        (await RunJobAsync(committee.Id, day)).Outcome.ShouldBe(JobRunOutcome.AlreadySucceeded);
        (await RunInspectionAsync(committee.Id, day)).ShouldBe(0);
        (await FindingsAsync(committee.Id, day)).Count.ShouldBe(once.Count);

        // The next day is a new inspection: the same open items are reported again, once.
        await RunJobAsync(committee.Id, day.AddDays(1));
        (await FindingsAsync(committee.Id, day.AddDays(1))).Count.ShouldBe(once.Count);
    }

    [Fact]
    public async Task Should_show_a_secretary_only_the_findings_of_their_own_branch_and_another_committee_none()
    {
        var committee = await CommitteeAsync();
        var admin = await AdminAsync();
        var own = await fixture.CreateOrganizationAsync(committee.Id, "书记所在支部");
        var other = await fixture.CreateOrganizationAsync(committee.Id, "别的支部");
        await fixture.CreateSecretaryAsync(committee.Id, "insp.secretary", own);
        await RunInspectionAsync(committee.Id, Day);

        var session = await fixture.SignInAsync(Code, "insp.secretary");
        var reminders = await session.GetJsonAsync<List<InspectionFindingDto>>("/api/inspections/reminders");
        reminders.ShouldNotBeEmpty();
        reminders.ShouldAllBe(f => f.OrganizationId == own && f.FoundOn == Day);
        (await session.GetJsonAsync<PagedResultDto<InspectionFindingDto>>("/api/inspections?maxResultCount=1000"))
            .Items.ShouldAllBe(f => f.OrganizationId == own);
        await (await session.SendAsync(HttpMethod.Get, $"/api/inspections?organizationId={other}"))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "PartyBuilding:Organizations:OutsideReach");
        (await admin.GetJsonAsync<PagedResultDto<InspectionFindingDto>>($"/api/inspections?date={Day.Iso()}&maxResultCount=1000"))
            .Items.ShouldContain(f => f.OrganizationId == other);

        await fixture.CreateCommitteeAsync("insp-other");
        var stranger = await fixture.SignInAsync("insp-other", "insp-other.admin");
        (await stranger.GetJsonAsync<PagedResultDto<InspectionFindingDto>>($"/api/inspections?date={Day.Iso()}")).TotalCount.ShouldBe(0);
        await (await stranger.SendAsync(HttpMethod.Get, $"/api/inspections?organizationId={own}")).ShouldBeProblemAsync(
            HttpStatusCode.NotFound, "PartyBuilding:EntityNotFound");
    }

    [Fact]
    public async Task Should_word_a_finding_in_the_callers_language()
    {
        var committee = await CommitteeAsync();
        var admin = await AdminAsync();
        var branch = await fixture.CreateOrganizationAsync(committee.Id, "语言支部");
        await RunInspectionAsync(committee.Id, Day);
        var url = $"/api/inspections?date={Day.Iso()}&organizationId={branch}&kind=Overdue&maxResultCount=1000";

        var chinese = (await admin.GetJsonAsync<PagedResultDto<InspectionFindingDto>>(url)).Items
            .Single(f => f.MeetingType == MeetingType.ThemedPartyDay && f.PeriodKey == "2026-10");
        chinese.Message.ShouldBe("主题党日（2026-10）已逾期：应于 2026-10-31 前召开");
        var english = (await (await admin.SendAsync(HttpMethod.Get, url, language: "en"))
                .ReadAsync<PagedResultDto<InspectionFindingDto>>()).Items
            .Single(f => f.Id == chinese.Id);
        english.Message.ShouldStartWith("Themed party day (2026-10) is overdue");
    }
}

public sealed class DailyInspectionTestsOnSqlite(SqliteFixture fixture)
    : DailyInspectionTests(fixture), IClassFixture<SqliteFixture>;

public sealed class DailyInspectionTestsOnPostgreSql(PostgreSqlFixture fixture)
    : DailyInspectionTests(fixture), IClassFixture<PostgreSqlFixture>;

using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.BackgroundJobs;
using PartyBuilding.Framework.BackgroundJobs;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Framework.MultiTenancy;
using PartyBuilding.Framework.Timing;
using PartyBuilding.Identity;
using PartyBuilding.Organizations;
using PartyBuilding.Support;
using PartyBuilding.Testing;
using Shouldly;
using Xunit;
using static PartyBuilding.Meetings.MeetingTestData;

namespace PartyBuilding.Meetings;

/// <summary>
/// Rules, exemptions, the frozen plan, compliance reports, the calendar and its feed, and the isolation of
/// every meetings route between committees.
/// </summary>
public abstract class MeetingPlanTests(PlatformFixture fixture)
{
    private static async Task<MeetingRuleDto> RuleAsync(SessionClient client, MeetingType type) =>
        (await client.GetJsonAsync<List<MeetingRuleDto>>("/api/meeting-rules")).Single(r => r.MeetingType == type);

    private Task<int> FrozenSlotCountAsync(Guid tenantId) =>
        fixture.InTenantAsync(tenantId, sp => sp.GetRequiredService<IMeetingsDbContext>().MeetingPlanSlots.CountAsync());

    [Fact]
    public async Task Should_seed_the_default_rules_with_their_citations_once_When_a_committee_is_created()
    {
        var committee = await fixture.CreateMeetingCommitteeAsync("mplrules");
        var admin = await fixture.SignInAsync(committee.Code, committee.Admin);

        var rules = await admin.GetJsonAsync<List<MeetingRuleDto>>("/api/meeting-rules");

        rules.Count.ShouldBe(8);
        rules.ShouldAllBe(r => !string.IsNullOrWhiteSpace(r.Citation) && r.IsEnabled && r.RequiredCount == 1);
        rules.Single(r => r.MeetingType == MeetingType.BranchCommittee).RequiresCommittee.ShouldBeTrue();
        rules.Single(r => r.MeetingType == MeetingType.PartyGroup).AppliesTo.ShouldBe([OrganizationType.PartyGroup]);
        var lessons = rules.Where(r => r.MeetingType == MeetingType.PartyLesson).ToList();
        lessons.Single(r => r.PeriodKind == PeriodKind.Quarter).Citation.ShouldContain("未规定次数");
        lessons.Single(r => r.PeriodKind == PeriodKind.Year).RequiresSecretarySpeaker.ShouldBeTrue();

        var assembly = rules.Single(r => r.MeetingType == MeetingType.PartyMemberAssembly);
        (await admin.SendAsync(HttpMethod.Delete, $"/api/meeting-rules/{assembly.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await fixture.InTenantAsync(committee.TenantId, sp => sp.GetRequiredService<Framework.Data.Seeding.IDataSeeder>()
            .SeedAsync(new Framework.Data.Seeding.DataSeedContext(committee.TenantId)));
        (await admin.GetJsonAsync<List<MeetingRuleDto>>("/api/meeting-rules")).Count.ShouldBe(7, "a committee's own changes stay");

        (await (await admin.SendAsync(HttpMethod.Post, "/api/meeting-rules/reset")).ReadAsync<List<MeetingRuleDto>>()).Count.ShouldBe(8);
        var invalid = new { meetingType = "PartyLesson", periodKind = "Day", requiredCount = 1, appliesTo = new[] { "Branch" }, citation = "x" };
        await (await admin.SendAsync(HttpMethod.Post, "/api/meeting-rules", invalid))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, FrameworkErrorCodes.ValidationFailed);
    }

    [Fact]
    public async Task Should_freeze_the_periods_starting_that_month_once_and_keep_them_When_a_rule_changes_afterwards()
    {
        var committee = await fixture.CreateMeetingCommitteeAsync("mpljob");
        var admin = await fixture.SignInAsync(committee.Code, committee.Admin);
        var job = fixture.Services.GetServices<TenantPeriodicJob>().Single(j => j.Name == MeetingPlanJob.JobName);
        var tenant = (await fixture.Services.GetRequiredService<ITenantStore>().FindAsync(committee.TenantId))!;
        var january = new Period(PeriodKind.Month, new DateOnly(2026, 1, 1));

        var (outcome, _) = await fixture.Services.GetRequiredService<JobRunner>().RunAsync(job, tenant, january, CancellationToken.None);
        outcome.ShouldBe(JobRunOutcome.Succeeded);
        var frozen = await FrozenSlotCountAsync(committee.TenantId);
        // Two branches: January's 主题党日 and 支委会 (whether a term runs is judged when the plan is read), Q1's
        // 党员大会 and 党课, the year's 组织生活会 and 民主评议; the party group's January meeting; the 党委 secretary's lesson.
        frozen.ShouldBe(2 * 6 + 1 + 1);

        // Run again (a retry, or a trigger by hand): nothing more is frozen.
        await fixture.InTenantAsync(committee.TenantId, async sp =>
        {
            using var tenantScope = sp.GetRequiredService<ICurrentTenant>().Change(committee.TenantId);
            await job.ExecuteAsync(
                new TenantJobContext(tenant, january, new TenantClock(fixture.Clock, TenantClock.FindTimeZone(tenant.TimeZone)), sp),
                CancellationToken.None);
        });
        (await FrozenSlotCountAsync(committee.TenantId)).ShouldBe(frozen);

        var themedDay = await RuleAsync(admin, MeetingType.ThemedPartyDay);
        var twice = new
        {
            meetingType = "ThemedPartyDay", periodKind = "Month", requiredCount = 2, appliesTo = themedDay.AppliesTo.Select(t => t.ToString()),
            requiresCommittee = false, requiresSecretarySpeaker = false, isEnabled = true, citation = themedDay.Citation,
            concurrencyStamp = themedDay.ConcurrencyStamp,
        };
        (await admin.SendAsync(HttpMethod.Put, $"/api/meeting-rules/{themedDay.Id}", twice)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var plan = await admin.GetJsonAsync<MeetingPlanDto>($"/api/meetings/plan?organizationId={committee.BranchA}&year=2026");
        plan.Slots.Count(s => s.MeetingType == MeetingType.ThemedPartyDay && s.PeriodKey == "2026-01").ShouldBe(1);
        plan.Slots.Count(s => s.MeetingType == MeetingType.ThemedPartyDay && s.PeriodKey == "2026-02").ShouldBe(2);
    }

    [Fact]
    public async Task Should_report_required_fulfilled_missing_and_exempt_slots_When_compliance_is_asked_for_a_quarter()
    {
        var committee = await fixture.CreateMeetingCommitteeAsync("mplcomp");
        var admin = await fixture.SignInAsync(committee.Code, committee.Admin);
        var joined = Guid.CreateVersion7();
        await fixture.InTenantAsync(committee.TenantId, async sp =>
        {
            var db = sp.GetRequiredService<IOrganizationsDbContext>();
            db.Organizations.Add(new Organization(joined, committee.Root, "00001.00003.", OrganizationType.Branch, "新加入支部")
            {
                EstablishedOn = new DateOnly(2015, 1, 1),
                JoinedOn = new DateOnly(2026, 11, 10),
            });
            await db.SaveChangesAsync();
        });
        (await admin.SendAsync(HttpMethod.Post, "/api/meeting-exemptions",
            new { organizationId = committee.BranchB, meetingType = "PartyMemberAssembly", period = "2026-Q4", reason = "上级同意本季度不召开" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        await (await admin.SendAsync(HttpMethod.Post, "/api/meeting-exemptions",
                new { organizationId = committee.BranchB, meetingType = "PartyMemberAssembly", period = "2026-Q4", reason = "重复" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, PartyBuildingErrorCodes.Meetings.ExemptionAlreadyExists);
        var meeting = await admin.CreateMeetingAsync(NewMeeting(committee.BranchA, Beijing(2026, 10, 15, 9), MeetingType.ThemedPartyDay, MeetingType.PartyMemberAssembly));
        await admin.SubmitMeetingAsync(meeting);
        await admin.CreateMeetingAsync(NewMeeting(committee.BranchA, Beijing(2026, 11, 3, 9), MeetingType.ThemedPartyDay));

        var report = await admin.GetJsonAsync<ComplianceReportDto>("/api/meetings/compliance?period=2026-Q4");

        report.Period.ShouldBe("2026-Q4");
        var branchA = report.Organizations.Single(o => o.OrganizationId == committee.BranchA);
        // Oct, Nov, Dec: 主题党日 and 支委会 each; Q4: 党员大会 and 党课. The draft of November does not count.
        branchA.Required.ShouldBe(8);
        branchA.Held.ShouldBe(1);
        branchA.Fulfilled.ShouldBe(2);
        branchA.Missing.ShouldBe(6);
        branchA.Overdue.ShouldBe(1, "October's 支委会 is past due; the rest is still open on 22 November");
        branchA.CompletionRate.ShouldBe(0.25);
        branchA.MissingItems.ShouldContain(i => i.MeetingType == MeetingType.BranchCommittee && i.PeriodKey == "2026-10" && i.Overdue);

        var branchB = report.Organizations.Single(o => o.OrganizationId == committee.BranchB);
        branchB.Exempt.ShouldBe(1);
        branchB.Exemptions.Single().ShouldBe(new ComplianceExemptionDto(MeetingType.PartyMemberAssembly, "Exempted", "上级同意本季度不召开"));

        var newcomer = report.Organizations.Single(o => o.OrganizationId == joined);
        // It joined in mid-November: November and the quarter are exempt, December's 主题党日 is owed.
        newcomer.Required.ShouldBe(1);
        newcomer.MissingItems.Single().PeriodKey.ShouldBe("2026-12");
        newcomer.Exempt.ShouldBe(3);
        newcomer.CompletionRate.ShouldBe(0);
        newcomer.Exemptions.ShouldAllBe(e => e.ReasonCode == MeetingExemptionReasons.FormedMidPeriod);
        report.Totals.Required.ShouldBe(report.Organizations.Sum(o => o.Required));

        var matrix = await admin.GetJsonAsync<ComplianceMatrixDto>("/api/meetings/compliance/matrix?year=2026&periodKind=Quarter");
        matrix.Periods.ShouldBe(["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]);
        var q4Assembly = matrix.Rows.Single(r => r.OrganizationId == committee.BranchA).Cells
            .Single(c => c.PeriodKey == "2026-Q4" && c.MeetingType == MeetingType.PartyMemberAssembly);
        q4Assembly.ShouldBe(new ComplianceCellDto("2026-Q4", MeetingType.PartyMemberAssembly, 1, 1, 0, 0));
        matrix.Rows.Single(r => r.OrganizationId == committee.GroupA).Depth.ShouldBe(3);

        var summary = await admin.GetJsonAsync<ComplianceSummaryDto>("/api/meetings/compliance/summary?year=2026");
        summary.ByMonth.Count.ShouldBe(12);
        summary.ByMonth.Single(m => m.Period == "2026-10").Fulfilled.ShouldBe(1);
        summary.RedList.ShouldBeEmpty();
        summary.BlackList.First().Overdue.ShouldBeGreaterThan(0);
        summary.BlackList.Count.ShouldBeLessThanOrEqualTo(10);
    }

    [Fact]
    public async Task Should_run_as_many_queries_for_sixty_branches_as_for_two_When_the_compliance_of_a_year_is_computed()
    {
        var small = await fixture.CreateMeetingCommitteeAsync("mplqsmall");
        var large = await fixture.CreateMeetingCommitteeAsync("mplqlarge");
        await fixture.InTenantAsync(large.TenantId, async sp =>
        {
            var db = sp.GetRequiredService<IOrganizationsDbContext>();
            for (var i = 3; i < 63; i++)
            {
                var branch = new Organization(Guid.CreateVersion7(), large.Root, $"00001.{i:D5}.", OrganizationType.Branch, $"支部{i}")
                {
                    EstablishedOn = new DateOnly(2012, 1, 1),
                };
                db.Organizations.Add(branch);
                db.CommitteeTerms.Add(new CommitteeTerm(Guid.CreateVersion7(), branch.Id, new DateOnly(2025, 1, 1), new DateOnly(2027, 12, 31)));
            }

            await db.SaveChangesAsync();
        });

        async Task<(int Queries, ComplianceSummaryDto Summary)> CountAsync(MeetingCommittee committee)
        {
            var admin = await fixture.SignInAsync(committee.Code, committee.Admin);
            await admin.GetJsonAsync<ComplianceSummaryDto>("/api/meetings/compliance/summary?year=2026");
            var before = fixture.Commands.Count;
            var summary = await admin.GetJsonAsync<ComplianceSummaryDto>("/api/meetings/compliance/summary?year=2026");
            return (fixture.Commands.Count - before, summary);
        }

        var (smallQueries, _) = await CountAsync(small);
        var (largeQueries, largeSummary) = await CountAsync(large);

        largeQueries.ShouldBe(smallQueries);
        largeSummary.ByType.Single(t => t.MeetingType == MeetingType.BranchCommittee).Required.ShouldBe(61 * 12);
    }

    [Fact]
    public async Task Should_serve_the_feed_with_a_valid_token_and_refuse_a_tampered_one_or_one_whose_user_lost_reach()
    {
        var committee = await fixture.CreateMeetingCommitteeAsync("mplfeed");
        var admin = await fixture.SignInAsync(committee.Code, committee.Admin);
        var secretary = await fixture.SignInAsync(committee.Code, committee.Secretary);
        var meeting = NewMeeting(committee.BranchA, new DateTime(2026, 11, 26, 1, 30, 0, DateTimeKind.Utc), MeetingType.ThemedPartyDay);
        meeting["topic"] = "学习贯彻全会精神;交流体会,并讨论下一步工作安排和全年党建工作要点（第一次）";
        meeting["place"] = "县政务服务中心三楼会议室, A区";
        await secretary.CreateMeetingAsync(meeting);
        var feed = await secretary.GetJsonAsync<CalendarFeedDto>($"/api/meetings/calendar-feed?organizationId={committee.BranchA}");
        using var calendarApp = fixture.CreateRawClient();

        var response = await calendarApp.GetAsync(feed.Url);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
        var ics = await response.Content.ReadAsStringAsync();
        ics.ShouldStartWith("BEGIN:VCALENDAR\r\n");
        ics.ShouldEndWith("END:VCALENDAR\r\n");
        var lines = ics.Split("\r\n");
        lines.ShouldAllBe(l => Encoding.UTF8.GetByteCount(l) <= 75);
        var unfolded = ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal);
        unfolded.ShouldContain("DTSTART:20261126T013000Z");
        unfolded.ShouldContain("DTEND:20261126T033000Z");
        unfolded.ShouldContain("SUMMARY:学习贯彻全会精神\\;交流体会\\,并讨论下一步工作安排和全年党建工作要点（第一次）（mplfeed 甲支部）");
        unfolded.ShouldContain("LOCATION:县政务服务中心三楼会议室\\, A区");
        unfolded.ShouldContain("UID:meeting-");
        unfolded.ShouldContain("DTSTART;VALUE=DATE:20261130");
        lines.Count(l => l == "BEGIN:VEVENT").ShouldBe(lines.Count(l => l == "END:VEVENT"));

        var tampered = feed.Url[..^3] + (feed.Url[^3] == 'A' ? "B" : "A") + feed.Url[^2..];
        await (await calendarApp.GetAsync(tampered)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, PartyBuildingErrorCodes.Meetings.InvalidCalendarToken);
        await (await calendarApp.GetAsync(feed.Url.Replace(committee.BranchA.ToString(), committee.BranchB.ToString(), StringComparison.Ordinal)))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized, PartyBuildingErrorCodes.Meetings.InvalidCalendarToken);

        // The secretary moves to branch B: the old link no longer shows branch A.
        await fixture.InTenantAsync(committee.TenantId, async sp =>
        {
            var db = sp.GetRequiredService<IIdentityDbContext>();
            var user = await db.Users.SingleAsync(u => u.Id == committee.SecretaryUserId);
            user.OrganizationId = committee.BranchB;
            await db.SaveChangesAsync();
        });
        await (await calendarApp.GetAsync(feed.Url))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, PartyBuildingErrorCodes.Organizations.OutsideReach);

        // Nothing of the feed works without a token, and the officer's own link still works.
        await (await calendarApp.GetAsync($"/api/meetings/calendar.ics?organizationId={committee.BranchA}"))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized, PartyBuildingErrorCodes.Meetings.InvalidCalendarToken);
        var officerFeed = await admin.GetJsonAsync<CalendarFeedDto>($"/api/meetings/calendar-feed?organizationId={committee.BranchA}");
        (await calendarApp.GetAsync(officerFeed.Url)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_list_held_meetings_and_due_dates_When_the_calendar_of_a_month_is_read()
    {
        var committee = await fixture.CreateMeetingCommitteeAsync("mplcal");
        var admin = await fixture.SignInAsync(committee.Code, committee.Admin);
        var meeting = await admin.CreateMeetingAsync(NewMeeting(committee.BranchA, Beijing(2026, 11, 5, 9), MeetingType.PartyLesson));

        var entries = await admin.GetJsonAsync<List<CalendarEntryDto>>($"/api/meetings/calendar?organizationId={committee.BranchA}");

        entries.Single(e => e.Kind == CalendarEntryKind.Meeting).MeetingId.ShouldBe(meeting.Id);
        entries.Where(e => e.Kind == CalendarEntryKind.Due).ShouldAllBe(e => e.Date == new DateOnly(2026, 11, 30));
        entries.Where(e => e.Kind == CalendarEntryKind.Due).Select(e => e.Types.Single())
            .ShouldBe([MeetingType.BranchCommittee, MeetingType.ThemedPartyDay, MeetingType.PartyGroup], ignoreOrder: true);
    }

    [Fact]
    public async Task Should_answer_404_for_another_committees_ids_When_any_meetings_route_is_called()
    {
        var owner = await fixture.CreateMeetingCommitteeAsync("mplisoa");
        var stranger = await fixture.CreateMeetingCommitteeAsync("mplisob");
        var ownerAdmin = await fixture.SignInAsync(owner.Code, owner.Admin);
        var other = await fixture.SignInAsync(stranger.Code, stranger.Admin);
        var meeting = await ownerAdmin.CreateMeetingAsync(NewMeeting(owner.BranchA, Beijing(2026, 4, 1, 9), MeetingType.PartyLesson));
        var rule = await RuleAsync(ownerAdmin, MeetingType.ThemedPartyDay);
        var exemption = await (await ownerAdmin.SendAsync(HttpMethod.Post, "/api/meeting-exemptions",
            new { organizationId = owner.BranchA, period = "2026-Q1", reason = "整顿" })).ReadAsync<MeetingExemptionDto>(HttpStatusCode.Created);
        var update = NewMeeting(owner.BranchA, Beijing(2026, 4, 1, 9), MeetingType.PartyLesson);
        update["concurrencyStamp"] = meeting.ConcurrencyStamp;
        var ruleUpdate = new
        {
            meetingType = "ThemedPartyDay", periodKind = "Year", requiredCount = 1, appliesTo = new[] { "Branch" }, citation = "x",
            concurrencyStamp = rule.ConcurrencyStamp,
        };

        (HttpMethod Method, string Url, object? Body)[] calls =
        [
            (HttpMethod.Get, $"/api/meetings/{meeting.Id}", null),
            (HttpMethod.Put, $"/api/meetings/{meeting.Id}", update),
            (HttpMethod.Delete, $"/api/meetings/{meeting.Id}", null),
            (HttpMethod.Post, $"/api/meetings/{meeting.Id}/submit", new { meeting.ConcurrencyStamp }),
            (HttpMethod.Get, $"/api/meetings/{meeting.Id}/revisions", null),
            (HttpMethod.Post, "/api/meetings", NewMeeting(owner.BranchA, Beijing(2026, 4, 2, 9), MeetingType.PartyLesson)),
            (HttpMethod.Get, $"/api/meetings?organizationId={owner.BranchA}", null),
            (HttpMethod.Get, $"/api/meetings/plan?organizationId={owner.BranchA}", null),
            (HttpMethod.Get, $"/api/meetings/compliance?period=2026&organizationId={owner.BranchA}", null),
            (HttpMethod.Get, $"/api/meetings/compliance/summary?organizationId={owner.BranchA}", null),
            (HttpMethod.Get, $"/api/meetings/compliance/matrix?organizationId={owner.BranchA}", null),
            (HttpMethod.Get, $"/api/meetings/calendar?organizationId={owner.BranchA}", null),
            (HttpMethod.Get, $"/api/meetings/calendar-feed?organizationId={owner.BranchA}", null),
            (HttpMethod.Put, $"/api/meeting-rules/{rule.Id}", ruleUpdate),
            (HttpMethod.Delete, $"/api/meeting-rules/{rule.Id}", null),
            (HttpMethod.Get, $"/api/meeting-exemptions?organizationId={owner.BranchA}", null),
            (HttpMethod.Post, "/api/meeting-exemptions", new { organizationId = owner.BranchA, period = "2026-Q2", reason = "越权" }),
            (HttpMethod.Delete, $"/api/meeting-exemptions/{exemption.Id}", null),
        ];
        foreach (var (method, url, body) in calls)
        {
            var response = await other.SendAsync(method, url, body);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, $"{method} {url}: {await response.Content.ReadAsStringAsync()}");
        }

        (await other.ListAsync<MeetingListItemDto>("/api/meetings")).ShouldBeEmpty();
        (await other.GetJsonAsync<List<MeetingExemptionDto>>("/api/meeting-exemptions")).ShouldBeEmpty();
        (await ownerAdmin.GetJsonAsync<MeetingDto>($"/api/meetings/{meeting.Id}")).Status.ShouldBe(MeetingStatus.Draft);
        (await ownerAdmin.GetJsonAsync<List<MeetingRuleDto>>("/api/meeting-rules")).ShouldContain(r => r.Id == rule.Id && r.PeriodKind == PeriodKind.Month);
    }
}

public sealed class MeetingPlanTestsOnSqlite(SqliteFixture fixture)
    : MeetingPlanTests(fixture), IClassFixture<SqliteFixture>;

public sealed class MeetingPlanTestsOnPostgreSql(PostgreSqlFixture fixture)
    : MeetingPlanTests(fixture), IClassFixture<PostgreSqlFixture>;

using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.BackgroundJobs;
using PartyBuilding.Framework.Timing;
using PartyBuilding.Inspections;
using PartyBuilding.Members;
using PartyBuilding.Organizations;
using PartyBuilding.Support;
using PartyBuilding.Testing;
using Shouldly;
using Xunit;

namespace PartyBuilding.Reliability;

/// <summary>
/// The real host killed with SIGKILL while the daily inspection of a large committee runs, started again, and the
/// day's run completed: the findings are exactly those of a clean run over the same data (a twin committee built
/// alike and inspected without interruption), each once, and the ledger holds one completed run for the day.
/// </summary>
public abstract class KillDuringInspectionTests(PlatformFixture fixture)
{
    private const string Interrupted = "kill-insp";
    private const string Twin = "twin-insp";

    /// <summary>160 organisations with some 20 open slots each: a run of a second or two, long enough to kill it in.</summary>
    private const int Subcommittees = 10;

    private const int BranchesPerSubcommittee = 15;

    /// <summary>The run's start (the job runner's line) and the save of its findings (the inspection's line).</summary>
    private static readonly KillPoints Points = new($"Job {DailyInspectionJob.JobName} started for tenant", "Daily inspection of");

    [Fact]
    public async Task Should_record_every_finding_once_and_one_completed_run_When_the_host_is_killed_during_the_daily_inspection()
    {
        var interrupted = await fixture.CreateCommitteeAsync(Interrupted);
        var twin = await fixture.CreateCommitteeAsync(Twin);
        await CommitteeTrees.CreateAsync(fixture, interrupted.Id, Subcommittees, BranchesPerSubcommittee);
        await CommitteeTrees.CreateAsync(fixture, twin.Id, Subcommittees, BranchesPerSubcommittee);
        // Yesterday in the committees' time zone (Beijing) by the host's real clock: a day whose run is due.
        var day = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(-1);
        var environment = HostProcess.EnvironmentOf(fixture);

        var host = await HostProcess.StartAsync(environment);
        var kills = 0;
        var slowestStart = host.ReadyAfter;
        KillPoints.Measured clean;
        var midRun = 0;
        var halfRuns = 0;
        try
        {
            var admin = await SignInAsync(host);
            clean = await Points.MeasureAsync(host, () => TriggerAsync(admin, twin.Id, day));
            var whole = (await FindingsAsync(twin.Id, day)).Count;
            foreach (var point in clean.Points)
            {
                var unanswered = await KillPoints.KillAtAsync(host, () => TriggerAsync(admin, interrupted.Id, day), point);
                if (unanswered is null)
                {
                    // An earlier kill came after the commit: the day is done and there is no run left to interrupt.
                    break;
                }

                kills++;
                admin.Dispose();
                var (runs, findings) = await StateAsync(interrupted.Id, day);
                halfRuns += findings.Count == 0 || findings.Count == whole ? 0 : 1;
                midRun += unanswered.Value && runs.Count == 0 && findings.Count == 0 ? 1 : 0;
                await host.DisposeAsync();
                host = await HostProcess.StartAsync(environment);
                slowestStart = host.ReadyAfter > slowestStart ? host.ReadyAfter : slowestStart;
                admin = await SignInAsync(host);
            }

            var completion = await TriggerAsync(admin, interrupted.Id, day);
            completion.StatusCode.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.Conflict);
            admin.Dispose();
        }
        finally
        {
            await host.DisposeAsync();
        }

        var expected = await FindingsAsync(twin.Id, day);
        var (ledger, actual) = await StateAsync(interrupted.Id, day);
        var duplicates = actual.Count - actual.Distinct().Count();
        var missing = expected.Except(actual).Count();
        var unexpected = actual.Except(expected).Count();
        ReliabilityReport.Record("kill-during-inspection", fixture.Provider,
            $"{kills} kills ({midRun} mid-run) during a run of {expected.Count} findings: {duplicates} duplicate, {missing} missing findings, " +
            $"{ledger.Count(r => r.Status == JobRunStatus.Succeeded)} completed run",
            new Dictionary<string, long>
            {
                ["organizations"] = Subcommittees * (BranchesPerSubcommittee + 1),
                ["expectedFindings"] = expected.Count,
                ["cleanRunMs"] = (long)clean.Duration.TotalMilliseconds,
                ["slowestHostStartMs"] = (long)slowestStart.TotalMilliseconds,
                ["kills"] = kills,
                ["midRunKills"] = midRun,
                ["halfWrittenRuns"] = halfRuns,
                ["duplicateFindings"] = duplicates,
                ["missingFindings"] = missing,
                ["unexpectedFindings"] = unexpected,
                ["ledgerRowsForTheDay"] = ledger.Count,
            });

        expected.ShouldNotBeEmpty();
        midRun.ShouldBeGreaterThanOrEqualTo(1, "at least one kill must land while the run is in progress");
        halfRuns.ShouldBe(0, "a killed run leaves all of its findings or none");
        (duplicates, missing, unexpected).ShouldBe((0, 0, 0));
        ledger.Count.ShouldBe(1);
        ledger[0].Status.ShouldBe(JobRunStatus.Succeeded);
    }

    private static Task<SessionClient> SignInAsync(HostProcess host) =>
        host.CreateSession().SignedInAsync("", Api.HostAdmin, PlatformFixture.HostAdminPassword);

    private static Task<HttpResponseMessage> TriggerAsync(SessionClient admin, Guid tenantId, DateOnly day) =>
        admin.SendAsync(HttpMethod.Post, $"/api/jobs/{DailyInspectionJob.JobName}/trigger", new { tenantId, period = day.Iso() });

    private async Task<(List<JobRun> Runs, List<string> Findings)> StateAsync(Guid tenantId, DateOnly day)
    {
        var key = new Period(PeriodKind.Day, day).Key;
        var runs = await fixture.InTenantAsync(tenantId, sp => sp.GetRequiredService<IBackgroundJobsDbContext>().JobRuns.AsNoTracking()
            .Where(r => r.JobName == DailyInspectionJob.JobName && r.PeriodKey == key).ToListAsync());
        return (runs, await FindingsAsync(tenantId, day));
    }

    /// <summary>
    /// The day's findings of a committee with each organisation named by its path, the same in both committees,
    /// so the findings of the two can be compared as sets.
    /// </summary>
    private Task<List<string>> FindingsAsync(Guid tenantId, DateOnly day) =>
        fixture.InTenantAsync(tenantId, async sp =>
        {
            var paths = await sp.GetRequiredService<IOrganizationsDbContext>().Organizations.AsNoTracking()
                .ToDictionaryAsync(o => o.Id.ToString("N"), o => o.Path);
            var findings = await sp.GetRequiredService<IInspectionsDbContext>().InspectionFindings.AsNoTracking()
                .Where(f => f.FoundOn == day)
                .Select(f => new { f.Kind, f.ItemKey, f.OrganizationId, f.MeetingType, f.PeriodKey, f.DueOn })
                .ToListAsync();
            return findings.ConvertAll(f =>
            {
                var organization = f.OrganizationId.ToString("N");
                return $"{f.Kind}|{f.ItemKey.Replace(organization, paths[organization], StringComparison.Ordinal)}|{f.MeetingType}|{f.PeriodKey}|{f.DueOn}";
            });
        });
}

public sealed class KillDuringInspectionTestsOnSqlite(SqliteFixture fixture)
    : KillDuringInspectionTests(fixture), IClassFixture<SqliteFixture>;

public sealed class KillDuringInspectionTestsOnPostgreSql(PostgreSqlFixture fixture)
    : KillDuringInspectionTests(fixture), IClassFixture<PostgreSqlFixture>;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Auditing;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Framework.MultiTenancy;
using PartyBuilding.Framework.Timing;
using PartyBuilding.Tenancy;
using PartyBuilding.Testing;
using Shouldly;
using Xunit;

namespace PartyBuilding.BackgroundJobs;

/// <summary>
/// The job base: exactly-once output per (committee, job, period), catch-up from the ledger after downtime,
/// periods in the committee's time zone, isolation of one committee's failure, and retry with backoff.
/// </summary>
public abstract class JobLedgerTests(JobsFixture fixture)
{
    private JobDispatcher Dispatcher => fixture.Services.GetRequiredService<JobDispatcher>();

    [Fact]
    public async Task Should_write_the_output_once_When_dispatch_runs_again_for_the_same_period()
    {
        fixture.Clock.SetBeijingTime(2026, 11, 22, 10);
        var committee = await NewCommitteeAsync("once");

        await Dispatcher.DispatchAsync(CancellationToken.None);
        await Dispatcher.DispatchAsync(CancellationToken.None);
        await Task.WhenAll(Dispatcher.DispatchAsync(CancellationToken.None), Dispatcher.DispatchAsync(CancellationToken.None));

        (await OutputsAsync(committee, TestJobNames.Daily)).ShouldBe(["2026-11-22"]);
        var runs = await LedgerAsync(committee, TestJobNames.Daily);
        runs.Single().Status.ShouldBe(JobRunStatus.Succeeded);
        runs.Single().Attempts.ShouldBe(1);
    }

    [Fact]
    public async Task Should_catch_up_the_days_missed_while_down_When_the_application_starts_again()
    {
        fixture.Clock.SetBeijingTime(2026, 11, 22, 10);
        var committee = await NewCommitteeAsync("catchup");
        await Dispatcher.DispatchAsync(CancellationToken.None);

        fixture.Clock.SetBeijingTime(2026, 11, 25, 7, 30);
        await Dispatcher.DispatchAsync(CancellationToken.None);

        (await OutputsAsync(committee, TestJobNames.Daily)).ShouldBe(["2026-11-22", "2026-11-23", "2026-11-24", "2026-11-25"]);
    }

    [Fact]
    public async Task Should_catch_up_at_most_the_jobs_limit_When_down_for_weeks()
    {
        fixture.Clock.SetBeijingTime(2026, 11, 22, 10);
        var committee = await NewCommitteeAsync("limit");
        await Dispatcher.DispatchAsync(CancellationToken.None);

        fixture.Clock.SetBeijingTime(2026, 12, 20, 8);
        await Dispatcher.DispatchAsync(CancellationToken.None);

        var days = await OutputsAsync(committee, TestJobNames.Daily);
        days.ShouldBe(["2026-11-22", "2026-12-14", "2026-12-15", "2026-12-16", "2026-12-17", "2026-12-18", "2026-12-19", "2026-12-20"]);
    }

    [Fact]
    public async Task Should_start_the_new_year_quarter_month_and_day_in_Beijing_time_When_UTC_is_still_in_the_old_year()
    {
        fixture.Clock.SetBeijingTime(2026, 12, 31, 23, 59);
        var committee = await NewCommitteeAsync("newyear");
        await Dispatcher.DispatchAsync(CancellationToken.None);
        (await OutputsAsync(committee, TestJobNames.Yearly)).ShouldBe(["2026"]);

        // 2027-01-01 00:00 in Beijing is 2026-12-31 16:00 UTC.
        fixture.Clock.SetBeijingTime(2027, 1, 1, 0, 0);
        fixture.Clock.GetUtcNow().UtcDateTime.Year.ShouldBe(2026);
        await Dispatcher.DispatchAsync(CancellationToken.None);

        (await OutputsAsync(committee, TestJobNames.Yearly)).ShouldBe(["2026", "2027"]);
        (await OutputsAsync(committee, TestJobNames.Quarterly)).ShouldBe(["2026-Q4", "2027-Q1"]);
        (await OutputsAsync(committee, TestJobNames.Monthly)).ShouldBe(["2026-12"]);
        (await OutputsAsync(committee, TestJobNames.Daily)).ShouldBe(["2026-12-31"]);

        fixture.Clock.SetBeijingTime(2027, 1, 1, 8, 0);
        await Dispatcher.DispatchAsync(CancellationToken.None);
        (await OutputsAsync(committee, TestJobNames.Monthly)).ShouldBe(["2026-12", "2027-01"]);
        (await OutputsAsync(committee, TestJobNames.Daily)).ShouldBe(["2026-12-31", "2027-01-01"]);
    }

    [Fact]
    public async Task Should_move_to_the_next_quarter_and_month_at_Beijing_midnight_When_the_month_ends()
    {
        fixture.Clock.SetBeijingTime(2027, 3, 31, 23, 30);
        var committee = await NewCommitteeAsync("quarter");
        await Dispatcher.DispatchAsync(CancellationToken.None);
        (await OutputsAsync(committee, TestJobNames.Quarterly)).ShouldBe(["2027-Q1"]);

        fixture.Clock.SetBeijingTime(2027, 4, 1, 0, 0);
        await Dispatcher.DispatchAsync(CancellationToken.None);
        (await OutputsAsync(committee, TestJobNames.Quarterly)).ShouldBe(["2027-Q1", "2027-Q2"]);

        fixture.Clock.SetBeijingTime(2027, 4, 1, 8, 0);
        await Dispatcher.DispatchAsync(CancellationToken.None);
        (await OutputsAsync(committee, TestJobNames.Monthly)).ShouldBe(["2027-03", "2027-04"]);
    }

    [Fact]
    public async Task Should_keep_running_other_committees_and_retry_with_backoff_When_one_committee_fails()
    {
        fixture.Clock.SetBeijingTime(2026, 11, 22, 10);
        var healthy = await NewCommitteeAsync("healthy");
        var broken = await NewCommitteeAsync("broken");

        await Dispatcher.DispatchAsync(CancellationToken.None);

        (await OutputsAsync(healthy, FlakyJob.Name_)).ShouldBe(["2026-11-22"]);
        (await OutputsAsync(broken, FlakyJob.Name_)).ShouldBeEmpty("a failed run's output is rolled back with it");
        (await OutputsAsync(broken, TestJobNames.Daily)).ShouldBe(["2026-11-22"], "other jobs of the committee still run");
        var failed = (await LedgerAsync(broken, FlakyJob.Name_)).Single();
        failed.Status.ShouldBe(JobRunStatus.Failed);
        failed.Attempts.ShouldBe(1);
        failed.Error.ShouldNotBeNull().ShouldContain("simulated failure");
        failed.NextRetryAt.ShouldBe(fixture.Clock.GetUtcNow().UtcDateTime.AddMinutes(1));

        await Dispatcher.DispatchAsync(CancellationToken.None);
        (await LedgerAsync(broken, FlakyJob.Name_)).Single().Attempts.ShouldBe(1, "not retried before its time");

        foreach (var wait in new[] { 1, 5, 30, 120 })
        {
            fixture.Clock.Advance(TimeSpan.FromMinutes(wait));
            await Dispatcher.DispatchAsync(CancellationToken.None);
        }

        var gaveUp = (await LedgerAsync(broken, FlakyJob.Name_)).Single();
        gaveUp.Attempts.ShouldBe(5);
        gaveUp.Status.ShouldBe(JobRunStatus.GaveUp);
        gaveUp.NextRetryAt.ShouldBeNull();

        fixture.Clock.Advance(TimeSpan.FromHours(5));
        await Dispatcher.DispatchAsync(CancellationToken.None);
        (await LedgerAsync(broken, FlakyJob.Name_)).Single().Attempts.ShouldBe(5);
    }

    [Fact]
    public async Task Should_write_the_output_once_When_two_nodes_run_the_same_period_at_the_same_time()
    {
        fixture.Clock.SetBeijingTime(2026, 11, 22, 10);
        var committee = await NewCommitteeAsync("race");
        var tenant = (await fixture.Services.GetRequiredService<ITenantStore>().FindAsync(committee))!;
        var job = fixture.Services.GetRequiredService<JobRegistry>().Find(SlowJob.Name_)!;
        var runner = fixture.Services.GetRequiredService<JobRunner>();
        var period = Period.Containing(PeriodKind.Month, new DateOnly(2026, 11, 22));
        var gate = (Entered: new SemaphoreSlim(0), Release: new SemaphoreSlim(0));
        SlowJob.Gates[committee] = gate;

        var first = Task.Run(() => runner.RunAsync(job, tenant, period, CancellationToken.None));
        (await gate.Entered.WaitAsync(TimeSpan.FromSeconds(30))).ShouldBeTrue();
        SlowJob.Gates.TryRemove(committee, out _);

        // The second runner starts while the first holds its transaction open. PostgreSQL lets it finish first
        // and the first then hits the ledger's unique key; SQLite makes it wait for the first's write lock.
        var second = Task.Run(() => runner.RunAsync(job, tenant, period, CancellationToken.None));
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        gate.Release.Release();
        var outcomes = new[] { (await first).Outcome, (await second).Outcome };

        outcomes.Order().ShouldBe([JobRunOutcome.Succeeded, JobRunOutcome.AlreadySucceeded]);
        (await OutputsAsync(committee, SlowJob.Name_)).ShouldBe(["2026-11"]);
        (await LedgerAsync(committee, SlowJob.Name_)).Single().Status.ShouldBe(JobRunStatus.Succeeded);
    }

    [Fact]
    public async Task Should_not_run_jobs_of_a_committee_When_it_is_deactivated()
    {
        fixture.Clock.SetBeijingTime(2026, 11, 22, 10);
        var committee = await NewCommitteeAsync("inactive");
        await fixture.InTenantAsync(null, async sp =>
        {
            var tenants = sp.GetRequiredService<ITenantAppService>();
            var current = await tenants.GetAsync(committee);
            await tenants.UpdateAsync(committee, new UpdateTenantDto
            {
                Name = current.Name,
                IsActive = false,
                ConcurrencyStamp = current.ConcurrencyStamp,
            });
        });

        await Dispatcher.DispatchAsync(CancellationToken.None);

        (await LedgerAsync(committee, TestJobNames.Daily)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_refuse_a_manual_trigger_When_the_period_is_not_due_malformed_or_already_done()
    {
        fixture.Clock.SetBeijingTime(2026, 11, 22, 10);
        var committee = await NewCommitteeAsync("trigger");
        await fixture.InTenantAsync(null, async sp =>
        {
            var jobs = sp.GetRequiredService<IJobAppService>();
            var run = await jobs.TriggerAsync(TestJobNames.Monthly, new TriggerJobInput { TenantId = committee, Period = "2026-11" });
            run.Status.ShouldBe(JobRunStatus.Succeeded);
            run.TenantCode.ShouldNotBeNull().ShouldStartWith("trigger");

            (await Should.ThrowAsync<BusinessException>(() =>
                    jobs.TriggerAsync(TestJobNames.Monthly, new TriggerJobInput { TenantId = committee, Period = "2026-11" })))
                .Code.ShouldBe(PartyBuildingErrorCodes.Jobs.AlreadySucceeded);
            (await Should.ThrowAsync<BusinessException>(() =>
                    jobs.TriggerAsync(TestJobNames.Monthly, new TriggerJobInput { TenantId = committee, Period = "2026-12" })))
                .Code.ShouldBe(PartyBuildingErrorCodes.Jobs.PeriodNotDue);
            (await Should.ThrowAsync<BusinessException>(() =>
                    jobs.TriggerAsync(TestJobNames.Monthly, new TriggerJobInput { TenantId = committee, Period = "2026-Q4" })))
                .Code.ShouldBe(PartyBuildingErrorCodes.Jobs.InvalidPeriod);
            (await Should.ThrowAsync<BusinessException>(() =>
                    jobs.TriggerAsync("no-such-job", new TriggerJobInput { TenantId = committee, Period = "2026-11" })))
                .Code.ShouldBe(PartyBuildingErrorCodes.Jobs.UnknownJob);
        });

        (await OutputsAsync(committee, TestJobNames.Monthly)).ShouldBe(["2026-11"]);
    }

    private async Task<Guid> NewCommitteeAsync(string prefix) =>
        (await fixture.CreateCommitteeAsync($"{prefix}{Guid.NewGuid():N}"[..20])).Id;

    private Task<List<string>> OutputsAsync(Guid committee, string jobName) =>
        fixture.InTenantAsync(committee, sp => sp.GetRequiredService<IAuditingDbContext>().AuditLogs
            .Where(a => a.Action == $"job:{jobName}").Select(a => a.Url).OrderBy(u => u).ToListAsync());

    private Task<List<JobRun>> LedgerAsync(Guid committee, string jobName) =>
        fixture.InTenantAsync(committee, sp => sp.GetRequiredService<IBackgroundJobsDbContext>().JobRuns.AsNoTracking()
            .Where(r => r.JobName == jobName).OrderBy(r => r.PeriodKey).ToListAsync());
}

public sealed class JobLedgerTestsOnSqlite(SqliteJobsFixture fixture)
    : JobLedgerTests(fixture), IClassFixture<SqliteJobsFixture>;

public sealed class JobLedgerTestsOnPostgreSql(PostgreSqlJobsFixture fixture)
    : JobLedgerTests(fixture), IClassFixture<PostgreSqlJobsFixture>;

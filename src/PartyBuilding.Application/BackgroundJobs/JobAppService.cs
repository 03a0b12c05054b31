using Microsoft.EntityFrameworkCore;
using PartyBuilding.Data;
using PartyBuilding.Framework.Application.Dtos;
using PartyBuilding.Framework.Application.Services;
using PartyBuilding.Framework.BackgroundJobs;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Framework.Localization;
using PartyBuilding.Framework.MultiTenancy;
using PartyBuilding.Framework.Timing;

namespace PartyBuilding.BackgroundJobs;

public sealed class JobAppService(
    IServiceProvider services,
    IBackgroundJobsDbContext db,
    JobRegistry registry,
    JobRunner runner,
    ITenantStore tenantStore,
    TextLocalizer localizer) : ApplicationService(services), IJobAppService
{
    public IReadOnlyList<JobDefinitionDto> GetDefinitions() => registry.Jobs.Select(ToDto).ToList();

    public async Task<PagedResultDto<JobRunDto>> GetRunsAsync(GetJobRunListInput input, CancellationToken cancellationToken = default)
    {
        var query = db.JobRuns.AsNoTracking().AcrossCommitteesForHost(CurrentTenant, input.TenantId);
        if (!string.IsNullOrWhiteSpace(input.JobName))
        {
            query = query.Where(r => r.JobName == input.JobName);
        }

        if (input.Status.HasValue)
        {
            query = query.Where(r => r.Status == input.Status);
        }

        var total = await query.LongCountAsync(cancellationToken);
        var runs = await query.OrderByDescending(r => r.StartedAt)
            .Skip(input.SkipCount).Take(input.MaxResultCount).ToListAsync(cancellationToken);
        var items = new List<JobRunDto>(runs.Count);
        foreach (var run in runs)
        {
            items.Add(await ToDtoAsync(run, cancellationToken));
        }

        return new PagedResultDto<JobRunDto>(total, items);
    }

    public async Task<JobRunDto> TriggerAsync(string jobName, TriggerJobInput input, CancellationToken cancellationToken = default)
    {
        var job = registry.Find(jobName)
            ?? throw new BusinessException(PartyBuildingErrorCodes.Jobs.UnknownJob, 404, jobName);
        var tenant = await tenantStore.FindAsync(input.TenantId, cancellationToken)
            ?? throw new EntityNotFoundException("Tenant", input.TenantId);
        if (!tenant.IsActive)
        {
            throw new BusinessException(PartyBuildingErrorCodes.Tenancy.TenantInactive, 400, tenant.Code);
        }

        if (!Period.TryParse(input.Period, out var period) || period.Kind != job.PeriodKind)
        {
            throw new BusinessException(PartyBuildingErrorCodes.Jobs.InvalidPeriod, 400, input.Period, job.PeriodKind);
        }

        var clock = new TenantClock(Clock, TenantClock.FindTimeZone(tenant.TimeZone));
        if (!job.IsDue(period, clock.LocalNow))
        {
            throw new BusinessException(PartyBuildingErrorCodes.Jobs.PeriodNotDue, 400, period.Key);
        }

        var (outcome, run) = await runner.RunAsync(job, tenant, period, cancellationToken);
        return outcome == JobRunOutcome.AlreadySucceeded
            ? throw new BusinessException(PartyBuildingErrorCodes.Jobs.AlreadySucceeded, 409, job.Name, period.Key)
            : await ToDtoAsync(run!, cancellationToken);
    }

    private JobDefinitionDto ToDto(TenantPeriodicJob job) => new()
    {
        Name = job.Name,
        DisplayName = localizer.Get(job.DisplayNameKey),
        PeriodKind = job.PeriodKind,
        Schedule = localizer.Get($"Job:Schedule:{job.PeriodKind}", job.DueAfterPeriodStart.Days + 1,
            $"{job.DueAfterPeriodStart.Hours:D2}:{job.DueAfterPeriodStart.Minutes:D2}"),
    };

    private async Task<JobRunDto> ToDtoAsync(JobRun run, CancellationToken cancellationToken) => new()
    {
        Id = run.Id,
        JobName = run.JobName,
        TenantId = run.TenantId,
        TenantCode = run.TenantId is { } id ? (await tenantStore.FindAsync(id, cancellationToken))?.Code : null,
        PeriodKey = run.PeriodKey,
        Status = run.Status,
        Attempts = run.Attempts,
        StartedAt = run.StartedAt,
        FinishedAt = run.FinishedAt,
        DurationMs = run.DurationMs,
        Error = run.Error,
        NextRetryAt = run.NextRetryAt,
    };
}

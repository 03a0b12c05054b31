using System.ComponentModel.DataAnnotations;
using PartyBuilding.Framework.Application.Dtos;
using PartyBuilding.Framework.Timing;

namespace PartyBuilding.BackgroundJobs;

public sealed class JobDefinitionDto
{
    public string Name { get; set; } = null!;

    public string DisplayName { get; set; } = null!;

    public PeriodKind PeriodKind { get; set; }

    /// <summary>When a period's run falls due, in the committee's time zone (e.g. <c>每日 07:00</c>).</summary>
    public string Schedule { get; set; } = null!;
}

public sealed class JobRunDto : EntityDto<Guid>
{
    public string JobName { get; set; } = null!;

    public Guid? TenantId { get; set; }

    public string? TenantCode { get; set; }

    public string PeriodKey { get; set; } = null!;

    public JobRunStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime FinishedAt { get; set; }

    public int DurationMs { get; set; }

    public string? Error { get; set; }

    public DateTime? NextRetryAt { get; set; }
}

public sealed class GetJobRunListInput : PagedResultRequestDto
{
    [StringLength(64)]
    public string? JobName { get; set; }

    /// <summary>Host users only; committee users always see their own committee's runs.</summary>
    public Guid? TenantId { get; set; }

    public JobRunStatus? Status { get; set; }
}

public sealed class TriggerJobInput
{
    [Required]
    public Guid TenantId { get; set; }

    /// <summary><c>2026-11-22</c>, <c>2026-11</c>, <c>2026-Q4</c> or <c>2026</c>, matching the job's period kind.</summary>
    [Required]
    [StringLength(16)]
    public string Period { get; set; } = null!;
}

public interface IJobAppService
{
    IReadOnlyList<JobDefinitionDto> GetDefinitions();

    Task<PagedResultDto<JobRunDto>> GetRunsAsync(GetJobRunListInput input, CancellationToken cancellationToken = default);

    Task<JobRunDto> TriggerAsync(string jobName, TriggerJobInput input, CancellationToken cancellationToken = default);
}

using PartyBuilding.Framework.Domain.Entities;
using PartyBuilding.Framework.MultiTenancy;

namespace PartyBuilding.BackgroundJobs;

/// <summary>
/// The run ledger: one row per (committee, job, period) under a unique key. A successful run writes its row in
/// the same transaction as its output, so a rerun, a second node or a restart finds the row and does nothing.
/// Failed runs keep their row with the retry time; the run that finally succeeds updates it.
/// </summary>
public sealed class JobRun : AggregateRoot<Guid>, IMultiTenant
{
    public const int MaxJobNameLength = 64;
    public const int MaxPeriodKeyLength = 16;
    public const int MaxErrorLength = 2000;
    public const int MaxNodeLength = 128;

    private JobRun()
    {
    }

    public JobRun(Guid id, string jobName, string periodKey) : base(id)
    {
        JobName = jobName;
        PeriodKey = periodKey;
    }

    public Guid? TenantId { get; private set; }

    public string JobName { get; private set; } = null!;

    public string PeriodKey { get; private set; } = null!;

    public JobRunStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTime StartedAt { get; private set; }

    public DateTime FinishedAt { get; private set; }

    public int DurationMs { get; private set; }

    public string? Error { get; private set; }

    public DateTime? NextRetryAt { get; private set; }

    public string? Node { get; private set; }

    public void RecordSuccess(DateTime startedAt, DateTime finishedAt, string node)
    {
        Record(startedAt, finishedAt, node);
        Status = JobRunStatus.Succeeded;
        Error = null;
        NextRetryAt = null;
    }

    public void RecordFailure(DateTime startedAt, DateTime finishedAt, string node, string error, DateTime? nextRetryAt)
    {
        Record(startedAt, finishedAt, node);
        Status = nextRetryAt.HasValue ? JobRunStatus.Failed : JobRunStatus.GaveUp;
        Error = error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
        NextRetryAt = nextRetryAt;
    }

    private void Record(DateTime startedAt, DateTime finishedAt, string node)
    {
        Attempts++;
        StartedAt = startedAt;
        FinishedAt = finishedAt;
        DurationMs = (int)Math.Min(int.MaxValue, (finishedAt - startedAt).TotalMilliseconds);
        Node = node.Length > MaxNodeLength ? node[..MaxNodeLength] : node;
    }
}

using Quartz;

namespace PartyBuilding.BackgroundJobs;

/// <summary>
/// The only Quartz job: a heartbeat that asks the dispatcher what is due. Quartz supplies the timing and, on
/// PostgreSQL, the cluster lock that lets one node fire it; the ledger supplies exactly-once.
/// </summary>
[DisallowConcurrentExecution]
public sealed class JobDispatchQuartzJob(JobDispatcher dispatcher) : IJob
{
    public static readonly JobKey Key = new("job-dispatch", "platform");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await dispatcher.DispatchAsync(cancellationToken);
}

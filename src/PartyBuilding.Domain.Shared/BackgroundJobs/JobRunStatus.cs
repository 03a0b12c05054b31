namespace PartyBuilding.BackgroundJobs;

public enum JobRunStatus
{
    Succeeded = 1,

    /// <summary>Failed and will be retried at <c>NextRetryAt</c>.</summary>
    Failed = 2,

    /// <summary>Failed as often as the retry policy allows; only a manual trigger runs it again.</summary>
    GaveUp = 3,
}

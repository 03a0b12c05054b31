using PartyBuilding.Framework.Timing;

namespace PartyBuilding.Activities;

/// <summary>
/// Approved activities per organisation and category in a committee period, for other modules (the assessments
/// of member organisations) without reaching into the activities' tables.
/// </summary>
public interface IActivityStatistics
{
    /// <summary>
    /// The approved activities held in <paramref name="period"/> (days in the committee's time zone) by each of
    /// <paramref name="organizationIds"/> itself (not its subtree), one row per organisation and category that has any.
    /// </summary>
    Task<IReadOnlyList<ApprovedActivityCount>> CountApprovedAsync(
        Period period, IReadOnlyCollection<Guid> organizationIds, CancellationToken cancellationToken = default);
}

public sealed record ApprovedActivityCount(Guid OrganizationId, Guid CategoryId, int Approved, decimal VolunteerHours, int PeopleServed);

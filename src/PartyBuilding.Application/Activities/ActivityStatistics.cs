using Microsoft.EntityFrameworkCore;
using PartyBuilding.Framework.Timing;

namespace PartyBuilding.Activities;

public sealed class ActivityStatistics(IActivitiesDbContext db) : IActivityStatistics
{
    public async Task<IReadOnlyList<ApprovedActivityCount>> CountApprovedAsync(
        Period period, IReadOnlyCollection<Guid> organizationIds, CancellationToken cancellationToken = default)
    {
        var start = period.Start;
        var end = period.EndExclusive;
        var ids = organizationIds.ToList();
        // Summed here rather than in SQL: SQLite keeps decimals as text and cannot add them.
        var rows = await db.Activities.AsNoTracking()
            .Where(a => a.Status == ActivityStatus.Approved && a.HeldOn >= start && a.HeldOn < end && ids.Contains(a.OrganizationId))
            .Select(a => new { a.OrganizationId, a.CategoryId, a.VolunteerHours, a.PeopleServed })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => (r.OrganizationId, r.CategoryId))
            .Select(g => new ApprovedActivityCount(
                g.Key.OrganizationId, g.Key.CategoryId, g.Count(), g.Sum(r => r.VolunteerHours), g.Sum(r => r.PeopleServed)))
            .ToList();
    }
}

using PartyBuilding.Framework.MultiTenancy;
using PartyBuilding.Framework.Timing;

namespace PartyBuilding.Members;

/// <summary>
/// The committee's today in its own time zone: a step dated "today" in 林西 at 07:00 is still yesterday in UTC,
/// and deadlines and due dates are calendar days of the committee.
/// </summary>
public sealed class CommitteeCalendar(TimeProvider clock, ICurrentTenant currentTenant, ITenantStore tenantStore)
{
    public async Task<DateOnly> TodayAsync(CancellationToken cancellationToken = default)
    {
        var tenant = currentTenant.Id is { } id ? await tenantStore.FindAsync(id, cancellationToken) : null;
        return new TenantClock(clock, TenantClock.FindTimeZone(tenant?.TimeZone)).Today;
    }
}

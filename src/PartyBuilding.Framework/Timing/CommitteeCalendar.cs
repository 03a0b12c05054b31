using PartyBuilding.Framework.MultiTenancy;

namespace PartyBuilding.Framework.Timing;

/// <summary>
/// The current committee's today in its own time zone: a step dated "today" in 林西 at 07:00 is still yesterday in
/// UTC, and deadlines, due dates and effective dates are calendar days of the committee. Scoped: one lookup per
/// request or job run.
/// </summary>
public sealed class CommitteeCalendar(TimeProvider clock, ICurrentTenant currentTenant, ITenantStore tenantStore)
{
    private (Guid? TenantId, TenantClock Clock)? _cached;

    public async Task<DateOnly> TodayAsync(CancellationToken cancellationToken = default) => (await ClockAsync(cancellationToken)).Today;

    /// <summary>The committee's clock: its today, and the committee-local day of a stored UTC instant.</summary>
    public async Task<TenantClock> ClockAsync(CancellationToken cancellationToken = default)
    {
        if (_cached is { } cached && cached.TenantId == currentTenant.Id)
        {
            return cached.Clock;
        }

        var tenant = currentTenant.Id is { } id ? await tenantStore.FindAsync(id, cancellationToken) : null;
        var tenantClock = new TenantClock(clock, TenantClock.FindTimeZone(tenant?.TimeZone));
        _cached = (currentTenant.Id, tenantClock);
        return tenantClock;
    }
}

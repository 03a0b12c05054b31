namespace PartyBuilding.Framework.Timing;

/// <summary>
/// Converts between stored UTC instants and a committee's wall clock. Time comes from <see cref="TimeProvider"/>
/// so tests can move it across month, quarter and year ends.
/// </summary>
public sealed class TenantClock(TimeProvider timeProvider, TimeZoneInfo timeZone)
{
    public const string DefaultTimeZoneId = "Asia/Shanghai";

    public TimeZoneInfo TimeZone { get; } = timeZone;

    public DateTime UtcNow => timeProvider.GetUtcNow().UtcDateTime;

    public DateTime LocalNow => ToLocal(UtcNow);

    public DateOnly Today => DateOnly.FromDateTime(LocalNow);

    public DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZone);

    /// <summary>The UTC instant of a wall-clock time in this zone (for gaps in DST zones, the later valid instant).</summary>
    public DateTime ToUtc(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        while (TimeZone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddMinutes(30);
        }

        return TimeZoneInfo.ConvertTimeToUtc(unspecified, TimeZone);
    }

    public DateTime StartUtc(Period period) => ToUtc(period.Start.ToDateTime(TimeOnly.MinValue));

    public Period PeriodOf(PeriodKind kind, DateTime utc) => Period.Containing(kind, DateOnly.FromDateTime(ToLocal(utc)));

    public static TimeZoneInfo FindTimeZone(string? id) =>
        TimeZoneInfo.FindSystemTimeZoneById(string.IsNullOrWhiteSpace(id) ? DefaultTimeZoneId : id);

    public static bool IsKnownTimeZone(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);
}

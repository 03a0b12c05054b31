namespace PartyBuilding.Testing;

/// <summary>A clock tests move by hand, across month, quarter and year ends.</summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now.ToUniversalTime();

    public void SetUtcNow(DateTimeOffset value) => _now = value;

    public void Advance(TimeSpan delta) => _now += delta;

    /// <summary>Sets the clock to a wall-clock time in Beijing (UTC+8), the committees' default zone.</summary>
    public void SetBeijingTime(int year, int month, int day, int hour = 0, int minute = 0) =>
        _now = new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(8));
}

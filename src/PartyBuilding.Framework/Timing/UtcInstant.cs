namespace PartyBuilding.Framework.Timing;

/// <summary>Instants as the API receives them.</summary>
public static class UtcInstant
{
    /// <summary>An instant without an offset is taken as UTC, as the API speaks UTC; a local one is converted.</summary>
    public static DateTime From(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}

using System.Globalization;
using PartyBuilding.Framework.ExceptionHandling;

namespace PartyBuilding.Framework.Timing;

public enum PeriodKind
{
    Day = 1,
    Month = 2,
    Quarter = 3,
    Year = 4,
}

/// <summary>
/// A calendar period in a committee's own time zone: a day, month, quarter or year. Its key
/// (<c>2026-11-22</c>, <c>2026-11</c>, <c>2026-Q4</c>, <c>2026</c>) names ledger rows and report periods, so a
/// meeting at 2026-03-31 23:30 Beijing time belongs to March and Q1 whatever the server's zone is.
/// </summary>
public readonly record struct Period(PeriodKind Kind, DateOnly Start)
{
    public DateOnly EndExclusive => Kind switch
    {
        PeriodKind.Day => Start.AddDays(1),
        PeriodKind.Month => Start.AddMonths(1),
        PeriodKind.Quarter => Start.AddMonths(3),
        PeriodKind.Year => Start.AddYears(1),
        _ => throw new InvalidOperationException($"Unknown period kind {Kind}."),
    };

    public string Key => Kind switch
    {
        PeriodKind.Day => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        PeriodKind.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        PeriodKind.Quarter => $"{Start.Year:D4}-Q{(Start.Month - 1) / 3 + 1}",
        PeriodKind.Year => Start.Year.ToString("D4", CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"Unknown period kind {Kind}."),
    };

    public Period Next() => new(Kind, EndExclusive);

    public Period Previous() => Containing(Kind, Start.AddDays(-1));

    public static Period Containing(PeriodKind kind, DateOnly date) => kind switch
    {
        PeriodKind.Day => new(kind, date),
        PeriodKind.Month => new(kind, new DateOnly(date.Year, date.Month, 1)),
        PeriodKind.Quarter => new(kind, new DateOnly(date.Year, (date.Month - 1) / 3 * 3 + 1, 1)),
        PeriodKind.Year => new(kind, new DateOnly(date.Year, 1, 1)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool TryParse(string? key, out Period period)
    {
        period = default;
        if (string.IsNullOrWhiteSpace(key))
        {
            return false;
        }

        var invariant = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(key, "yyyy-MM-dd", invariant, DateTimeStyles.None, out var day))
        {
            period = new Period(PeriodKind.Day, day);
            return true;
        }

        if (DateOnly.TryParseExact(key, "yyyy-MM", invariant, DateTimeStyles.None, out var month))
        {
            period = new Period(PeriodKind.Month, month);
            return true;
        }

        if (key.Length == 7 && key[4] == '-' && key[5] is 'Q' or 'q'
            && int.TryParse(key.AsSpan(0, 4), NumberStyles.None, invariant, out var year)
            && key[6] is >= '1' and <= '4' && year is >= 1 and <= 9999)
        {
            period = new Period(PeriodKind.Quarter, new DateOnly(year, (key[6] - '1') * 3 + 1, 1));
            return true;
        }

        if (key.Length == 4 && int.TryParse(key, NumberStyles.None, invariant, out year) && year >= 1)
        {
            period = new Period(PeriodKind.Year, new DateOnly(year, 1, 1));
            return true;
        }

        return false;
    }

    /// <summary>
    /// A month, quarter or year key, the periods that rules and statistics count in; anything else, a day
    /// included, answers 400 with the caller's <paramref name="invalidErrorCode"/> and the key as given.
    /// </summary>
    public static Period ParseCounting(string? key, string invalidErrorCode) =>
        TryParse(key?.Trim(), out var period) && period.Kind != PeriodKind.Day
            ? period
            : throw new BusinessException(invalidErrorCode, 400, key);

    public override string ToString() => Key;
}

using System.Globalization;

namespace PartyBuilding.DataGeneration;

/// <summary>
/// What the data generator fills a database with: how many committees, organisations, member records and brand
/// activities in all (spread evenly over the committees), a year of meetings by each committee's rules, from
/// 1 January of <see cref="AsOf"/>'s year up to the day before it. Counts can be overridden with <c>with</c>.
/// </summary>
public sealed record GenerationPlan
{
    /// <summary>The password of every generated user (<c>{code}.admin</c>, <c>{code}.secretary</c>), for benchmarks to sign in.</summary>
    public const string Password = "Bench#2026pb";

    /// <summary>The default "today" of the generated data: a fixed day, so a seed always gives the same data (and the test clock's day).</summary>
    public static readonly DateOnly DefaultAsOf = new(2026, 11, 22);

    public static IReadOnlyList<string> Scales { get; } = ["tiny", "county-S", "county-L"];

    public required string Scale { get; init; }

    public required int Seed { get; init; }

    /// <summary>The committees' today: everything generated happened before it.</summary>
    public required DateOnly AsOf { get; init; }

    public required int Committees { get; init; }

    public required int Organizations { get; init; }

    public required int Members { get; init; }

    public required int Activities { get; init; }

    /// <summary>
    /// <c>tiny</c>: 2 committees, 60 organisations, 1,000 members, 5,000 activities (tests, CI);
    /// <c>county-S</c>: 100 committees, 6,000 organisations, 200,000 members, 2,000,000 activities;
    /// <c>county-L</c>: ten times county-S.
    /// </summary>
    public static GenerationPlan ForScale(string scale, int seed, DateOnly asOf)
    {
        var (committees, organizations, members, activities) = scale.ToLowerInvariant() switch
        {
            "tiny" => (2, 60, 1_000, 5_000),
            "county-s" => (100, 6_000, 200_000, 2_000_000),
            "county-l" => (1_000, 60_000, 2_000_000, 20_000_000),
            _ => throw new ArgumentException($"Unknown scale '{scale}': use one of {string.Join(", ", Scales)}.", nameof(scale)),
        };
        return new GenerationPlan
        {
            Scale = Scales.First(s => string.Equals(s, scale, StringComparison.OrdinalIgnoreCase)),
            Seed = seed,
            AsOf = asOf,
            Committees = committees,
            Organizations = organizations,
            Members = members,
            Activities = activities,
        };
    }

    /// <summary>The login code of committee <paramref name="index"/> (0-based): c001 … c100, or c0001 … when there are 1,000 or more.</summary>
    public string CommitteeCode(int index)
    {
        var digits = Math.Max(3, Committees.ToString(CultureInfo.InvariantCulture).Length);
        return "c" + (index + 1).ToString("D" + digits, CultureInfo.InvariantCulture);
    }

    /// <summary>Committee <paramref name="index"/>'s share of <paramref name="total"/>: equal shares, the remainder to the first ones.</summary>
    public int ShareOf(int total, int index) => total / Committees + (index < total % Committees ? 1 : 0);

    internal void Validate()
    {
        if (Committees < 1 || Organizations < Committees || Members < Committees || Activities < 0)
        {
            throw new ArgumentException("A plan needs at least one committee, and at least one organisation and one member per committee.");
        }

        if (AsOf.Month == 1 && AsOf.Day == 1)
        {
            throw new ArgumentException("The as-of day must leave some of its year before it.");
        }
    }
}

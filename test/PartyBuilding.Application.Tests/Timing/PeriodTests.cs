using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Framework.Timing;
using PartyBuilding.Testing;
using Shouldly;
using Xunit;

namespace PartyBuilding.Timing;

public sealed class PeriodTests
{
    [Theory]
    [InlineData("2026-11-22", PeriodKind.Day, "2026-11-22", "2026-11-23")]
    [InlineData("2026-11", PeriodKind.Month, "2026-11-01", "2026-12-01")]
    [InlineData("2026-Q4", PeriodKind.Quarter, "2026-10-01", "2027-01-01")]
    [InlineData("2026-q1", PeriodKind.Quarter, "2026-01-01", "2026-04-01")]
    [InlineData("2026", PeriodKind.Year, "2026-01-01", "2027-01-01")]
    public void Should_parse_period_keys(string key, PeriodKind kind, string start, string end)
    {
        Period.TryParse(key, out var period).ShouldBeTrue();
        period.Kind.ShouldBe(kind);
        period.Start.ShouldBe(DateOnly.Parse(start));
        period.EndExclusive.ShouldBe(DateOnly.Parse(end));
        period.Key.ShouldBe(key.ToUpperInvariant());
    }

    [Theory]
    [InlineData("")]
    [InlineData("2026-13")]
    [InlineData("2026-Q5")]
    [InlineData("2026-Q0")]
    [InlineData("26")]
    [InlineData("2026-02-30")]
    [InlineData("２０２６")]
    public void Should_refuse_malformed_keys(string key) => Period.TryParse(key, out _).ShouldBeFalse();

    [Theory]
    [InlineData(" 2026-11 ", PeriodKind.Month)]
    [InlineData("2026-Q4", PeriodKind.Quarter)]
    [InlineData("2026", PeriodKind.Year)]
    public void Should_parse_the_periods_rules_and_statistics_count_in(string key, PeriodKind kind) =>
        Period.ParseCounting(key, "Test:InvalidPeriod").Kind.ShouldBe(kind);

    [Theory]
    [InlineData(null)]
    [InlineData("2026-11-22")]
    [InlineData("2026-13")]
    public void Should_refuse_a_day_or_a_malformed_key_with_the_callers_code(string? key)
    {
        var refused = Should.Throw<BusinessException>(() => Period.ParseCounting(key, "Test:InvalidPeriod"));
        refused.Code.ShouldBe("Test:InvalidPeriod");
        refused.HttpStatus.ShouldBe(400);
        refused.Arguments.ShouldBe([key]);
    }

    [Fact]
    public void Should_put_a_meeting_at_half_past_eleven_on_the_31st_of_March_in_March_and_Q1_When_the_zone_is_Shanghai()
    {
        var clock = new TenantClock(new ManualTimeProvider(DateTimeOffset.UnixEpoch), TenantClock.FindTimeZone("Asia/Shanghai"));
        var meeting = new DateTimeOffset(2026, 3, 31, 23, 30, 0, TimeSpan.FromHours(8)).UtcDateTime;

        meeting.Month.ShouldBe(3);
        clock.PeriodOf(PeriodKind.Month, meeting).Key.ShouldBe("2026-03");
        clock.PeriodOf(PeriodKind.Quarter, meeting).Key.ShouldBe("2026-Q1");
        clock.PeriodOf(PeriodKind.Month, meeting.AddMinutes(30)).Key.ShouldBe("2026-04");
        clock.StartUtc(Period.Containing(PeriodKind.Quarter, new DateOnly(2026, 4, 1)))
            .ShouldBe(new DateTime(2026, 3, 31, 16, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void Should_step_through_periods_across_year_ends()
    {
        Period.TryParse("2026-Q4", out var q4).ShouldBeTrue();
        q4.Next().Key.ShouldBe("2027-Q1");
        q4.Next().Previous().ShouldBe(q4);
        Period.TryParse("2026-12-31", out var day).ShouldBeTrue();
        day.Next().Key.ShouldBe("2027-01-01");
        Period.TryParse("2027-01", out var january).ShouldBeTrue();
        january.Previous().Key.ShouldBe("2026-12");
    }
}

using System.Diagnostics;

namespace PartyBuilding.Benchmarks;

public static class Statistics
{
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>
    /// Times the platform and its baseline in alternating rounds, so machine noise hits both alike, and returns the
    /// median milliseconds of each. Each action gets the round's number.
    /// </summary>
    public static async Task<(double PlatformMs, double BaselineMs)> InterleavedMediansAsync(
        int rounds, Func<int, Task> platform, Func<int, Task> baseline)
    {
        var platformMs = new List<double>(rounds);
        var baselineMs = new List<double>(rounds);
        for (var round = 0; round < rounds; round++)
        {
            var started = Stopwatch.GetTimestamp();
            await platform(round);
            platformMs.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);

            started = Stopwatch.GetTimestamp();
            await baseline(round);
            baselineMs.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return (Median(platformMs), Median(baselineMs));
    }
}

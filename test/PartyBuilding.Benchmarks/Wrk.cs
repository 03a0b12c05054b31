using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace PartyBuilding.Benchmarks;

/// <summary>One load run: throughput, latency percentiles, and what the load generator itself cost.</summary>
public sealed record LoadResult(double RequestsPerSecond, double P50Ms, double P99Ms, long Requests, double GeneratorCpuPercent);

/// <summary>
/// wrk (Debian's package) as the load generator, pinned to its own core when it can be, so the server's core
/// only serves. The generator's CPU is read from the shell's <c>times</c> after wrk exits, as a share of one core.
/// </summary>
public static partial class Wrk
{
    public const string Path = "/usr/bin/wrk";

    public static bool IsInstalled => File.Exists(Path);

    public static async Task<LoadResult> RunAsync(string url, string? bearerToken, TimeSpan duration, int connections, int? core)
    {
        var pin = core is { } c && ServerProcess.CanPin ? $"/usr/bin/taskset -c {c} " : "";
        var start = new ProcessStartInfo("/bin/bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList =
            {
                "-c",
                $"{pin}{Path} -t1 -c\"$1\" -d\"$2\" --timeout 10s --latency -H \"$3\" \"$4\" || exit $?; times",
                "wrk",
                connections.ToString(CultureInfo.InvariantCulture),
                $"{(int)Math.Ceiling(duration.TotalSeconds)}s",
                bearerToken is null ? "Accept: application/json" : $"Authorization: Bearer {bearerToken}",
                url,
            },
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"wrk failed ({process.ExitCode}): {errors}{output}");
        }

        return Parse(output, duration);
    }

    public static LoadResult Parse(string output, TimeSpan duration)
    {
        if (NonSuccess().Match(output) is { Success: true } failed)
        {
            throw new InvalidOperationException($"{failed.Groups[1].Value} answers were not 2xx: the benchmark measured errors.\n{output}");
        }

        if (SocketErrors().Match(output) is { Success: true } socket)
        {
            throw new InvalidOperationException($"wrk saw socket errors ({socket.Value}).\n{output}");
        }

        var requests = long.Parse(Requests().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var perSecond = double.Parse(RequestsPerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        // `times` prints the shell's own times, then its children's: wrk's user and system time.
        var children = Times().Matches(output).Skip(2).Take(2).Sum(m =>
            int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) * 60 + double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
        return new LoadResult(perSecond, Percentile(output, "50"), Percentile(output, "99"), requests, children / duration.TotalSeconds * 100);
    }

    private static double Percentile(string output, string percent)
    {
        var match = Regex.Match(output, $@"^\s*{percent}(?:\.0+)?%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        if (!match.Success)
        {
            throw new InvalidOperationException($"wrk printed no {percent}th percentile:\n{output}");
        }

        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch
        {
            "us" => value / 1000,
            "s" => value * 1000,
            _ => value,
        };
    }

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex NonSuccess();

    [GeneratedRegex(@"Socket errors:[^\n]*")]
    private static partial Regex SocketErrors();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex Requests();

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"(\d+)m([\d.]+)s")]
    private static partial Regex Times();
}

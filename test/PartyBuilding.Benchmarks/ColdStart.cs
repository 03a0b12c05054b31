using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;

using PartyBuilding.Testing;

namespace PartyBuilding.Benchmarks;

public sealed record ColdStartResult(TimeSpan Platform, TimeSpan Baseline)
{
    public double Ratio => Platform / Baseline;
}

/// <summary>
/// Starts the real host process on a migrated SQLite database and times until a login and <c>/api/account/me</c>
/// answer; the baseline is a minimal ASP.NET Core app started the same way and timed to its first 200.
/// Rounds alternate between the two so machine noise hits both alike; the median of each is reported.
/// </summary>
public static class ColdStart
{
    private const string AdminPassword = "Admin#2026pb";

    public static async Task<ColdStartResult> MeasureAsync(string hostDll, int rounds)
    {
        var database = Path.Combine(Path.GetTempPath(), $"pb-bench-{Guid.NewGuid():N}.db");
        // One untimed start migrates and seeds, so every timed start finds the database ready, as in production.
        await TimeHostAsync(hostDll, database);

        var platform = new List<TimeSpan>();
        var baseline = new List<TimeSpan>();
        for (var round = 0; round < rounds; round++)
        {
            platform.Add(await TimeHostAsync(hostDll, database));
            baseline.Add(await TimeMinimalAsync());
        }

        File.Delete(database);
        return new ColdStartResult(Median(platform), Median(baseline));
    }

    private static async Task<TimeSpan> TimeHostAsync(string hostDll, string database)
    {
        var url = $"http://127.0.0.1:{HostProcess.FreePort()}";
        var start = new ProcessStartInfo("dotnet", [hostDll, "--urls", url])
        {
            WorkingDirectory = Path.GetDirectoryName(hostDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["Host__AdminPassword"] = AdminPassword,
                ["Encryption__PersonalDataKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
                ["ConnectionStrings__Default"] = $"Data Source={database}",
                ["Jobs__Enabled"] = "false",
                ["Logging__LogLevel__Default"] = "Warning",
            },
        };
        return await TimeUntilAsync(start, async client =>
        {
            var login = await client.PostAsJsonAsync($"{url}/api/account/login", new { tenant = "", userName = "admin", password = AdminPassword });
            return login.StatusCode == HttpStatusCode.NoContent
                && (await client.GetAsync($"{url}/api/account/me")).StatusCode == HttpStatusCode.OK;
        });
    }

    private static async Task<TimeSpan> TimeMinimalAsync()
    {
        var url = $"http://127.0.0.1:{HostProcess.FreePort()}";
        var self = Environment.ProcessPath!;
        var start = self.EndsWith("dotnet", StringComparison.Ordinal)
            ? new ProcessStartInfo(self, [typeof(ColdStart).Assembly.Location, "minimal-server", "--urls", url])
            : new ProcessStartInfo(self, ["minimal-server", "--urls", url]);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        return await TimeUntilAsync(start, async client => (await client.GetAsync(url)).StatusCode == HttpStatusCode.OK);
    }

    private static async Task<TimeSpan> TimeUntilAsync(ProcessStartInfo start, Func<HttpClient, Task<bool>> answered)
    {
        using var client = new HttpClient(new HttpClientHandler { UseCookies = true, CookieContainer = new CookieContainer() })
        {
            Timeout = TimeSpan.FromSeconds(5),
        };
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (watch.Elapsed < TimeSpan.FromMinutes(2))
            {
                try
                {
                    if (await answered(client))
                    {
                        return watch.Elapsed;
                    }
                }
                catch (HttpRequestException)
                {
                    // not listening yet
                }

                await Task.Delay(20);
            }

            throw new TimeoutException($"{start.FileName} did not answer within two minutes.");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static TimeSpan Median(List<TimeSpan> values) => values.Order().ElementAt(values.Count / 2);
}

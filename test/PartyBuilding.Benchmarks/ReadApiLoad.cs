using System.Net.Http.Json;
using System.Text.Json;
using PartyBuilding.DataGeneration;
using PartyBuilding.EntityFrameworkCore;
using PartyBuilding.Testing;

namespace PartyBuilding.Benchmarks;

/// <summary>One read endpoint under load: the platform against its raw ADO.NET baseline.</summary>
public sealed record LoadComparison(DatabaseProvider Provider, string Endpoint, int Rounds, LoadResult Platform, LoadResult Baseline)
{
    /// <summary>How many times more requests a second the baseline serves.</summary>
    public double ThroughputRatio => Baseline.RequestsPerSecond / Platform.RequestsPerSecond;
}

/// <summary>
/// P1: the read API under load. The real host (its own process, pinned to core 0) serves a member page, the
/// organisation tree and a branch's compliance to wrk (pinned to core 1) with a bearer token; the baseline is a
/// server process of this tool, also on core 0, that runs the very SQL the platform sent for the same request
/// (captured in-process) through raw ADO.NET and writes the rows with System.Text.Json. Runs alternate between the
/// two; the medians of throughput and of the 50th and 99th latency percentiles are compared.
/// </summary>
public static class ReadApiLoad
{
    private const int ServerCore = 0;
    private const int GeneratorCore = 1;
    private const int Connections = 16;

    public static async Task<IReadOnlyList<LoadComparison>> MeasureAsync(
        CountyDatabase county, string hostDll, int rounds, TimeSpan duration)
    {
        var endpoints = new Dictionary<string, string>
        {
            ["member page (50 of a township's members, by name)"] = $"/api/members?organizationId={county.Township}&maxResultCount=50&sorting=name",
            ["organisation tree"] = "/api/organizations/tree",
            ["compliance of one branch for the year"] = $"/api/meetings/compliance?period={GenerationPlan.DefaultAsOf.Year}&organizationId={county.Branch}",
        };
        var commandsFile = Path.Combine(Path.GetTempPath(), $"pb-bench-sql-{Guid.NewGuid():N}.json");
        RawSql.Save(commandsFile, await CaptureAsync(county, endpoints));
        try
        {
            await using var baseline = await ServerProcess.StartAsync(
                ServerProcess.Tool(ServerCore, "baseline-server", "--provider", county.Provider.ToString(),
                    "--connection", county.ServerConnectionString, "--commands", commandsFile),
                async (client, url) => (await client.GetAsync($"{url}/baseline/health")).IsSuccessStatusCode);
            await using var platform = await ServerProcess.StartAsync(
                ServerProcess.Platform(hostDll, county.Provider, county.ServerConnectionString, county.Fixture.PersonalDataKey, ServerCore),
                async (client, url) => (await client.GetAsync($"{url}/health/ready")).IsSuccessStatusCode);
            var token = await BearerTokenAsync(platform.Url, county);

            var results = new List<LoadComparison>();
            foreach (var (name, path) in endpoints)
            {
                var platformUrl = platform.Url + path;
                var baselineUrl = $"{baseline.Url}/baseline/{Uri.EscapeDataString(name)}";
                // Untimed: JIT, EF Core's query cache, the pools and the database's own caches warm up.
                await RunAsync(platformUrl, token, TimeSpan.FromSeconds(1));
                await RunAsync(baselineUrl, null, TimeSpan.FromSeconds(1));
                var platformRuns = new List<LoadResult>();
                var baselineRuns = new List<LoadResult>();
                for (var round = 0; round < rounds; round++)
                {
                    platformRuns.Add(await RunAsync(platformUrl, token, duration));
                    baselineRuns.Add(await RunAsync(baselineUrl, null, duration));
                }

                results.Add(new LoadComparison(county.Provider, name, rounds, MedianOf(platformRuns), MedianOf(baselineRuns)));
            }

            return results;
        }
        finally
        {
            File.Delete(commandsFile);
        }
    }

    /// <summary>
    /// One wrk run; a run too short for a single answer to complete (a short smoke run on a busy machine) is
    /// repeated for twice as long, so no figure is computed from nothing.
    /// </summary>
    private static async Task<LoadResult> RunAsync(string url, string? token, TimeSpan duration)
    {
        for (var attempt = 0; ; attempt++)
        {
            var result = await Wrk.RunAsync(url, token, duration, Connections, GeneratorCore);
            if (result.Requests > 0)
            {
                return result;
            }

            if (attempt == 3)
            {
                throw new InvalidOperationException($"{url} answered no request in {duration.TotalSeconds:F0} s.");
            }

            duration *= 2;
        }
    }

    /// <summary>The SQL of one warm request per endpoint, as the platform sends it.</summary>
    private static async Task<Dictionary<string, IReadOnlyList<CapturedCommand>>> CaptureAsync(
        CountyDatabase county, IReadOnlyDictionary<string, string> endpoints)
    {
        using var session = await county.AdminSessionAsync();
        var captured = new Dictionary<string, IReadOnlyList<CapturedCommand>>();
        foreach (var (name, path) in endpoints)
        {
            (await session.Http.GetAsync(path)).EnsureSuccessStatusCode();
            county.Fixture.Commands.StartRecording();
            (await session.Http.GetAsync(path)).EnsureSuccessStatusCode();
            captured[name] = county.Fixture.Commands.StopRecording();
        }

        return captured;
    }

    private static async Task<string> BearerTokenAsync(string url, CountyDatabase county)
    {
        using var client = new HttpClient();
        var response = await client.PostAsJsonAsync(
            $"{url}/api/account/token", new { tenant = county.Code, userName = county.AdminUserName, password = GenerationPlan.Password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    private static LoadResult MedianOf(List<LoadResult> runs) => new(
        Statistics.Median(runs.Select(r => r.RequestsPerSecond)),
        Statistics.Median(runs.Select(r => r.P50Ms)),
        Statistics.Median(runs.Select(r => r.P99Ms)),
        (long)Statistics.Median(runs.Select(r => (double)r.Requests)),
        Statistics.Median(runs.Select(r => r.GeneratorCpuPercent)));
}

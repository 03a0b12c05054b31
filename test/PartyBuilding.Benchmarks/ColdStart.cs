using System.Net;
using System.Net.Http.Json;
using PartyBuilding.EntityFrameworkCore;

namespace PartyBuilding.Benchmarks;

public sealed record ColdStartResult(DatabaseProvider Provider, bool AutoMigrate, TimeSpan Platform, TimeSpan Baseline)
{
    public double Ratio => Platform / Baseline;
}

/// <summary>
/// P5: starts the real host process on a migrated database and times until a login and <c>/api/account/me</c>
/// answer; the baseline is a minimal ASP.NET Core app started the same way and timed to its first 200.
/// Rounds alternate between the two so machine noise hits both alike; the median of each is reported. The host
/// starts either as the embedded default does (migration check and seeding of every committee at each start) or
/// as a production node started after the DbMigrator (<c>Database:AutoMigrate=false</c>).
/// </summary>
public static class ColdStart
{
    /// <summary>On a database that is already migrated and filled (the county-scale data).</summary>
    public static async Task<ColdStartResult> MeasureAsync(
        string hostDll, DatabaseProvider provider, string connectionString, string personalDataKey, bool autoMigrate, int rounds)
    {
        var platform = new List<double>();
        var baseline = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            await using (var host = await StartPlatformAsync(hostDll, provider, connectionString, personalDataKey, autoMigrate))
            {
                platform.Add(host.StartedIn.TotalMilliseconds);
            }

            await using (var minimal = await ServerProcess.StartAsync(
                ServerProcess.Tool(null, "minimal-server"),
                async (client, url) => (await client.GetAsync(url)).StatusCode == HttpStatusCode.OK))
            {
                baseline.Add(minimal.StartedIn.TotalMilliseconds);
            }
        }

        return new ColdStartResult(
            provider, autoMigrate, TimeSpan.FromMilliseconds(Statistics.Median(platform)), TimeSpan.FromMilliseconds(Statistics.Median(baseline)));
    }

    private static Task<ServerProcess> StartPlatformAsync(
        string hostDll, DatabaseProvider provider, string connectionString, string personalDataKey, bool autoMigrate) =>
        ServerProcess.StartAsync(
            ServerProcess.Platform(hostDll, provider, connectionString, personalDataKey, autoMigrate: autoMigrate),
            async (client, url) =>
            {
                var login = await client.PostAsJsonAsync(
                    $"{url}/api/account/login", new { tenant = "", userName = "admin", password = ServerProcess.AdminPassword });
                return login.StatusCode == HttpStatusCode.NoContent
                    && (await client.GetAsync($"{url}/api/account/me")).StatusCode == HttpStatusCode.OK;
            });
}

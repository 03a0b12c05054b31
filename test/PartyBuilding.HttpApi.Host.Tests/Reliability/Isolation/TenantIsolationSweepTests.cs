using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using PartyBuilding.Support;
using PartyBuilding.Testing;
using Shouldly;
using Xunit;

namespace PartyBuilding.Reliability;

/// <summary>
/// Generated from the OpenAPI document: committee A's admin, who holds every committee permission, calls every
/// route that takes an id with committee B's ids (GET, PUT, DELETE and the route's own methods), and every list,
/// search, export and feed, while B's world carries a marker in every text field. Nothing may answer 2xx for
/// B's ids, no answer may show a marker or an id of B, and not one of B's rows or files may change.
/// </summary>
public abstract class TenantIsolationSweepTests(PlatformFixture fixture)
{
    private const int IdsPerRoute = 3;

    private static readonly HttpMethod[] AttackMethods = [HttpMethod.Get, HttpMethod.Put, HttpMethod.Delete];

    private sealed record Outcome(string Request, int Status, string? Leak);

    [Fact]
    public async Task Should_never_answer_2xx_show_a_marker_or_change_a_row_of_committee_B_When_committee_A_calls_every_route_with_Bs_ids()
    {
        var operations = await OpenApiRoutes.LoadAsync(fixture);
        var a = await CommitteeWorld.BuildAsync(fixture, "sweep-a", "AMARK3J");
        var b = await CommitteeWorld.BuildAsync(fixture, "sweep-b", "BMARK7Q");
        using var host = await fixture.SignInHostAdminAsync();
        var bodiesOfB = new ValidRequests(b, host);
        var census = new DatabaseCensus(fixture);
        var rowsBefore = await census.RowsOfTenantAsync(b.Tenant.Id);
        rowsBefore.Values.Sum(rows => rows.Count).ShouldBeGreaterThan(100, "B's world is built");
        var filesBefore = BlobDigest();
        // Job names are the platform's, not B's.
        var secrets = b.Ids.All.Except(b.Ids.Of(IdKind.JobName)).Append(b.MarkerPrefix).ToList();
        var outcomes = new List<Outcome>();

        foreach (var route in operations.Where(o => o.PathParameters.Count > 0).GroupBy(o => o.Template))
        {
            var methods = AttackMethods.Union(route.Select(o => o.Method)).ToList();
            var shape = route.First();
            // A few of B's ids per route prove the refusal (all of them are still searched for in every answer).
            var urls = b.Ids.Urls(shape).Take(IdsPerRoute)
                .Concat(shape.PathParameters.Count > 1 ? b.Ids.Urls(shape, owners: a.Ids).Take(IdsPerRoute) : [])
                .ToList();
            urls.ShouldNotBeEmpty($"B's world has no id for {shape.Template}");
            foreach (var method in methods)
            {
                var own = route.FirstOrDefault(o => o.Method == method);
                foreach (var url in urls)
                {
                    var body = own is null || !own.IsWrite ? null : await BodyOfBAsync(bodiesOfB, own, url);
                    outcomes.Add(await AttemptAsync(a.Admin.Http, method, url, body, secrets));
                }
            }
        }

        foreach (var list in operations.Where(o => o.Method == HttpMethod.Get && o.PathParameters.Count == 0))
        {
            foreach (var url in ListUrls(list, a, b))
            {
                outcomes.Add(await AttemptAsync(a.Admin.Http, HttpMethod.Get, url, null, secrets, listing: true));
            }
        }

        outcomes.Add(await CalendarFileOfBAsync(a, b, secrets));
        foreach (var hostRoute in operations.Where(o => o.Template.StartsWith("/api/host", StringComparison.Ordinal) && o.PathParameters.Count == 0))
        {
            var body = hostRoute.IsWrite ? await bodiesOfB.ContentAsync(hostRoute, hostRoute.Template) : null;
            var outcome = await AttemptAsync(a.Admin.Http, hostRoute.Method, hostRoute.Template, body, secrets);
            outcome.Status.ShouldBe(403, $"{hostRoute} is the organization department's");
            outcomes.Add(outcome);
        }

        var accepted = outcomes.Where(o => o.Status is >= 200 and < 300 && o.Leak is null && !IsListing(o)).ToList();
        var leaks = outcomes.Where(o => o.Leak is not null).ToList();
        var writes = DatabaseCensus.Differences(rowsBefore, await census.RowsOfTenantAsync(b.Tenant.Id));
        var changedFiles = filesBefore.Except(BlobDigest()).ToList();
        ReliabilityReport.Record("tenant-isolation-sweep", fixture.Provider,
            $"{outcomes.Count} attempts, {leaks.Count + accepted.Count} leaks, {writes.Count + changedFiles.Count} writes",
            new Dictionary<string, long>
            {
                ["attempts"] = outcomes.Count,
                ["routes"] = operations.Count,
                ["leaks"] = leaks.Count + accepted.Count,
                ["writes"] = writes.Count + changedFiles.Count,
                ["rowsOfB"] = rowsBefore.Values.Sum(rows => rows.Count),
            });

        accepted.ShouldBeEmpty("requests with B's ids must not succeed");
        leaks.ShouldBeEmpty("no answer to A may show B's markers or ids");
        writes.ShouldBeEmpty("A must change none of B's rows");
        changedFiles.ShouldBeEmpty("A must change none of the stored files");
    }

    /// <summary>Lists answer 200 with A's own data; only what they show counts.</summary>
    private static bool IsListing(Outcome outcome) => outcome.Request.StartsWith("LIST ", StringComparison.Ordinal);

    private static async Task<HttpContent?> BodyOfBAsync(ValidRequests bodiesOfB, ApiOperation operation, string url)
    {
        try
        {
            return await bodiesOfB.ContentAsync(operation, url);
        }
        catch (Exception e) when (e is ShouldAssertException or HttpRequestException)
        {
            // A mixed URL (A's owner, B's record) has nothing B can read back: send what B would send for its own.
            return new StringContent("{}", Encoding.UTF8, "application/json");
        }
    }

    /// <summary>The list's URL as it is, with B's markers as the search term, and with B's organisation as the filter.</summary>
    private static IEnumerable<string> ListUrls(ApiOperation list, CommitteeWorld a, CommitteeWorld b)
    {
        var query = list.QueryParameters.ToHashSet(StringComparer.OrdinalIgnoreCase);
        yield return list.Template;
        if (query.Contains("filter"))
        {
            yield return $"{list.Template}?filter={b.MarkerPrefix}";
        }

        if (query.Contains("organizationId"))
        {
            yield return $"{list.Template}?organizationId={b.Branch}";
        }

        if (query.Contains("tenantId"))
        {
            yield return $"{list.Template}?tenantId={b.Tenant.Id}";
        }

        if (query.Contains("userName"))
        {
            yield return $"{list.Template}?userName={b.AdminUserName}";
        }
    }

    /// <summary>A's own calendar token does not open B's calendar.</summary>
    private static async Task<Outcome> CalendarFileOfBAsync(CommitteeWorld a, CommitteeWorld b, IReadOnlyList<string> secrets)
    {
        var feed = await a.Admin.GetJsonAsync<JsonObject>($"/api/meetings/calendar-feed?organizationId={a.Branch}");
        var url = new Uri(feed["url"]!.GetValue<string>(), UriKind.RelativeOrAbsolute);
        var token = System.Web.HttpUtility.ParseQueryString(url.IsAbsoluteUri ? url.Query : url.OriginalString.Split('?')[1])["token"];
        return await AttemptAsync(a.Admin.Http, HttpMethod.Get,
            $"/api/meetings/calendar.ics?organizationId={b.Branch}&token={Uri.EscapeDataString(token!)}", null, secrets);
    }

    private static async Task<Outcome> AttemptAsync(
        HttpClient client, HttpMethod method, string url, HttpContent? body, IReadOnlyList<string> secrets, bool listing = false)
    {
        using var response = await client.SendAsync(new HttpRequestMessage(method, url) { Content = body });
        var text = await ReadAllTextAsync(response);
        var shown = secrets.FirstOrDefault(s => !url.Contains(s, StringComparison.OrdinalIgnoreCase) && text.Contains(s, StringComparison.OrdinalIgnoreCase));
        return new Outcome(
            $"{(listing ? "LIST" : method.Method)} {url}",
            (int)response.StatusCode,
            shown is null ? null : $"{method} {url} → {(int)response.StatusCode} shows {shown}");
    }

    /// <summary>The answer as text; a spreadsheet (a zip) as the text of all its parts.</summary>
    private static async Task<string> ReadAllTextAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (bytes is not [0x50, 0x4B, ..])
        {
            return Encoding.UTF8.GetString(bytes);
        }

        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var text = new StringBuilder();
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            text.Append(await reader.ReadToEndAsync());
        }

        return text.ToString();
    }

    /// <summary>Every stored file by path and content hash.</summary>
    private List<string> BlobDigest() =>
        Directory.Exists(fixture.BlobPath)
            ? Directory.EnumerateFiles(fixture.BlobPath, "*", SearchOption.AllDirectories)
                .Select(f => $"{Path.GetRelativePath(fixture.BlobPath, f)}:{Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))}")
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];
}

public sealed class TenantIsolationSweepTestsOnSqlite(SqliteFixture fixture) : TenantIsolationSweepTests(fixture), IClassFixture<SqliteFixture>;

public sealed class TenantIsolationSweepTestsOnPostgreSql(PostgreSqlFixture fixture)
    : TenantIsolationSweepTests(fixture), IClassFixture<PostgreSqlFixture>;

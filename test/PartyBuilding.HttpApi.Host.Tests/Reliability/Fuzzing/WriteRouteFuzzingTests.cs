using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PartyBuilding.Support;
using PartyBuilding.Testing;
using Shouldly;
using Xunit;

namespace PartyBuilding.Reliability;

/// <summary>
/// Every write route of the OpenAPI document, reached by the committee admin with real ids of a committee with
/// data, gets malformed input of every kind (<see cref="FuzzCases"/>). No answer may be a 5xx; every 4xx is a
/// ProblemDetails with a stable code and nothing of the server's insides; a refused request writes no row but
/// its own audit row; and a request that names tenantId, id or creatorId and is accepted has no effect of them.
/// </summary>
public abstract partial class WriteRouteFuzzingTests(PlatformFixture fixture)
{
    [Fact]
    public async Task Should_answer_no_5xx_and_only_ProblemDetails_4xx_and_write_nothing_on_refusal_When_every_write_route_gets_malformed_input()
    {
        var writes = (await OpenApiRoutes.LoadAsync(fixture)).Where(o => o.IsWrite).ToList();
        var world = await CommitteeWorld.BuildAsync(fixture, "fuzz", "FMARK5T");
        var other = await fixture.CreateCommitteeAsync("fuzz-other");
        using var host = await fixture.SignInHostAdminAsync();
        using var account = await fixture.SignInAsync(world.Code, world.AdminUserName);
        var valid = new ValidRequests(world, host);
        var census = new DatabaseCensus(fixture);
        var rowsOfOther = (await census.FindAsync("TenantId", other.Id)).Count;
        var counts = await census.CountRowsAsync();
        var auditTable = counts.Keys.Single(t => t.EndsWith("AuditLogs", StringComparison.Ordinal));
        var violations = new List<string>();
        var byStatusClass = new Dictionary<string, long>();
        long requests = 0, rejected = 0, accepted = 0, rowsWrittenByRejected = 0;

        foreach (var operation in writes)
        {
            var client = operation.Template.StartsWith("/api/host", StringComparison.Ordinal) || operation.Template.StartsWith("/api/jobs", StringComparison.Ordinal)
                ? host
                : operation.Template.StartsWith("/api/account", StringComparison.Ordinal) ? account : world.Admin;
            var url = world.Ids.Urls(operation).First();
            foreach (var fuzz in await CasesAsync(operation, url, valid, other.Id))
            {
                var target = fuzz.Url ?? url;
                using var response = await client.Http.SendAsync(new HttpRequestMessage(operation.Method, target) { Content = fuzz.Content() });
                var status = (int)response.StatusCode;
                var body = await response.Content.ReadAsStringAsync();
                var after = await census.CountRowsAsync();
                var what = $"{operation} [{fuzz.Name}] → {status}";
                requests++;
                byStatusClass[$"{status / 100}xx"] = byStatusClass.GetValueOrDefault($"{status / 100}xx") + 1;
                if (status >= 500)
                {
                    violations.Add($"{what}: {Shorten(body)}");
                }
                else if (status >= 400)
                {
                    rejected++;
                    violations.AddRange(ProblemViolations(response, body).Select(v => $"{what}: {v}"));
                    var written = after.Sum(t => t.Value - counts.GetValueOrDefault(t.Key)) - (after[auditTable] - counts[auditTable]);
                    if (written != 0 || after[auditTable] - counts[auditTable] > 1)
                    {
                        rowsWrittenByRejected += written;
                        violations.Add($"{what}: wrote {string.Join(", ", after.Where(t => t.Value != counts.GetValueOrDefault(t.Key)).Select(t => $"{t.Key} {t.Value - counts.GetValueOrDefault(t.Key):+#;-#}"))}");
                    }
                }
                else
                {
                    accepted++;
                    if (fuzz.IsMassAssignment)
                    {
                        violations.AddRange((await MassAssignmentEffectsAsync(census, world, body, target, other.Id, rowsOfOther)).Select(v => $"{what}: {v}"));
                    }
                }

                counts = after;
            }
        }

        ReliabilityReport.Record("write-route-fuzzing", fixture.Provider,
            $"{requests} requests to {writes.Count} write routes: {byStatusClass.GetValueOrDefault("5xx")} 5xx, {rejected} rejected, {accepted} accepted, {rowsWrittenByRejected} rows written by rejected requests",
            new Dictionary<string, long>(byStatusClass)
            {
                ["requests"] = requests,
                ["routes"] = writes.Count,
                ["rejected"] = rejected,
                ["accepted"] = accepted,
                ["rowsWrittenByRejected"] = rowsWrittenByRejected,
                ["violations"] = violations.Count,
            });
        violations.ShouldBeEmpty();
    }

    private static async Task<IReadOnlyList<FuzzCase>> CasesAsync(ApiOperation operation, string url, ValidRequests valid, Guid otherTenant)
    {
        var cases = FuzzCases.Path(operation).ToList();
        if (operation.TakesJson)
        {
            var body = await valid.JsonAsync(operation, url) ?? new JsonObject();
            cases.AddRange(FuzzCases.Json(operation, body, otherTenant, CommitteeWorld.NextIdNumber()));
        }
        else if (operation.TakesForm)
        {
            var form = await (await valid.ContentAsync(operation, url))!.ReadAsByteArrayAsync();
            var formType = (await valid.ContentAsync(operation, url))!.Headers.ContentType;
            cases.AddRange(FuzzCases.Form(operation, () => new ByteArrayContent(form) { Headers = { ContentType = formType } }));
        }
        else if (operation.PathParameters.Count == 0)
        {
            cases.Add(FuzzCases.UnexpectedBody(otherTenant));
        }

        return cases;
    }

    /// <summary>What is wrong with a 4xx answer: not a ProblemDetails, no stable code, or the server's insides shown.</summary>
    private static IEnumerable<string> ProblemViolations(HttpResponseMessage response, string body)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            yield return $"content type {response.Content.Headers.ContentType} instead of application/problem+json: {Shorten(body)}";
            yield break;
        }

        string? code = null;
        try
        {
            code = JsonNode.Parse(body)?["code"]?.GetValue<string>();
        }
        catch (JsonException)
        {
        }

        if (code is null || !StableCode().IsMatch(code))
        {
            yield return $"no stable error code: {Shorten(body)}";
        }

        if (Insides.FirstOrDefault(inside => body.Contains(inside, StringComparison.Ordinal)) is { } shown)
        {
            yield return $"shows \"{shown}\": {Shorten(body)}";
        }
    }

    /// <summary>An accepted request that named tenantId, id, creatorId and isDeleted: none of them may have taken effect.</summary>
    private static async Task<IEnumerable<string>> MassAssignmentEffectsAsync(
        DatabaseCensus census, CommitteeWorld world, string body, string url, Guid otherTenant, int rowsOfOther)
    {
        var problems = new List<string>();
        if ((await census.FindAsync("Id", FuzzCases.InjectedId)).Count > 0)
        {
            problems.Add("a row took the id the client sent");
        }

        if ((await census.FindAsync("CreatorId", FuzzCases.InjectedCreator)).Count > 0)
        {
            problems.Add("a row took the creatorId the client sent");
        }

        if ((await census.FindAsync("TenantId", otherTenant)).Count != rowsOfOther)
        {
            problems.Add("a row was written into the committee the client named");
        }

        var ids = new List<string>();
        if (body.StartsWith('{') && JsonNode.Parse(body)?["id"] is JsonValue id)
        {
            ids.Add(id.ToString());
        }

        ids.AddRange(url.Split('/').Where(segment => Guid.TryParse(segment, out _)));
        foreach (var row in (await Task.WhenAll(ids.Select(i => census.FindAsync("Id", Guid.Parse(i))))).SelectMany(rows => rows))
        {
            if (row.Row.TryGetValue("TenantId", out var tenant) && tenant != world.Tenant.Id.ToString() && !row.Table.EndsWith("Tenants", StringComparison.Ordinal))
            {
                problems.Add($"{row.Table} row of committee {tenant}, not the caller's");
            }

            if (row.Row.TryGetValue("IsDeleted", out var deleted) && deleted is "True" or "1")
            {
                problems.Add($"{row.Table} row marked deleted by the client");
            }
        }

        return problems;
    }

    private static string Shorten(string body) => body.Length > 400 ? body[..400] + "…" : body;

    [GeneratedRegex(@"^[A-Z][A-Za-z]*(:[A-Z][A-Za-z0-9]*)+$")]
    private static partial Regex StableCode();

    /// <summary>Signs of stack frames, exception type names, source files and paths (plain searches: answers may echo 1 MB of input).</summary>
    private static readonly string[] Insides = ["   at ", "Exception", ".cs:", ".cs\"", "/work/", "/home/", ":\\", "System.", "Microsoft.", "Npgsql", "SQLite"];
}

public sealed class WriteRouteFuzzingTestsOnSqlite(SqliteFixture fixture) : WriteRouteFuzzingTests(fixture), IClassFixture<SqliteFixture>;

public sealed class WriteRouteFuzzingTestsOnPostgreSql(PostgreSqlFixture fixture)
    : WriteRouteFuzzingTests(fixture), IClassFixture<PostgreSqlFixture>;

using System.Globalization;
using System.Text;
using PartyBuilding.Benchmarks;
using PartyBuilding.Testing;

// Measures the platform's speed goals, each against a baseline measured in the same run (docs/benchmarks.md):
//   foundation: cold start to the first authenticated answer, against a minimal ASP.NET Core app, and SQL
//     commands per authorized request once warm;
//   members: a member page filtered by subtree at 100,000 members, against the same SQL through raw ADO.NET;
//     an import of 10,000 members from .xlsx, against raw prepared inserts;
//   meetings: the compliance of a committee of 1,000 branches over a year, against one hand-written SQL statement.
// Usage: dotnet run -c Release --project test/PartyBuilding.Benchmarks -- [--suite all|foundation|members|meetings]
//          [--rounds N] [--members N] [--import-rows N] [--branches N] [--output docs/benchmarks.md] [--smoke]
//   --smoke: every suite once at a tiny scale, as CI runs it so the benchmarks cannot rot; the figures mean
//     nothing at that scale, so only an error (a crash, the compliance SQL disagreeing) fails it, never a goal.
//        dotnet run ... -- minimal-server --urls URL   (the baseline app, started by the benchmark itself)
if (args.Length > 0 && args[0] == "minimal-server")
{
    var minimal = WebApplication.CreateBuilder(args[1..]);
    minimal.Logging.ClearProviders();
    var app = minimal.Build();
    app.MapGet("/", () => "ok");
    await app.RunAsync();
    return 0;
}

var smoke = args.Contains("--smoke");
var rounds = OptionValue(args, "--rounds") is { } r ? int.Parse(r, CultureInfo.InvariantCulture) : smoke ? 1 : 5;
var output = OptionValue(args, "--output") is { } o ? RepositoryPaths.FromRoot(o) : null;
var hostDll = OptionValue(args, "--host-dll") ?? HostProcess.HostDll();
var suite = OptionValue(args, "--suite") ?? "all";
var members = OptionValue(args, "--members") is { } m ? int.Parse(m, CultureInfo.InvariantCulture) : smoke ? 300 : 100_000;
var importRows = OptionValue(args, "--import-rows") is { } ir ? int.Parse(ir, CultureInfo.InvariantCulture) : smoke ? 30 : 10_000;
var branches = OptionValue(args, "--branches") is { } b ? int.Parse(b, CultureInfo.InvariantCulture) : smoke ? 20 : 1_000;
var allMet = true;

if (suite is "all" or "foundation")
{
    var coldStart = await ColdStart.MeasureAsync(hostDll, rounds);
    var queries = await QueriesPerRequest.MeasureAsync(requests: 50);
    var report = new StringBuilder()
        .AppendLine("| Benchmark | PartyBuilding | Baseline | Ratio | Goal |")
        .AppendLine("|---|---|---|---|---|")
        .AppendLine(CultureInfo.InvariantCulture, $"| Cold start to first authenticated answer (median of {rounds} interleaved rounds, SQLite) | {coldStart.Platform.TotalMilliseconds:F0} ms | {coldStart.Baseline.TotalMilliseconds:F0} ms (minimal ASP.NET Core app, first 200) | {coldStart.Ratio:F1}× | ≤ 10× |")
        .AppendLine(CultureInfo.InvariantCulture, $"| SQL commands per authorized request once warm (GET /api/account/me, {queries.Requests} requests) | {queries.PerRequest:F2} | 1 | {queries.PerRequest:F2}× | ≤ 1 |")
        .ToString();
    Publish("Foundation", report);
    allMet &= coldStart.Ratio <= 10 && queries.PerRequest <= 1;
}

if (suite is "all" or "members")
{
    var pageRounds = rounds * 40;
    var report = new StringBuilder()
        .AppendLine("| Benchmark | PartyBuilding | Baseline | Ratio | Goal |")
        .AppendLine("|---|---|---|---|---|");
    foreach (var fixture in Fixtures())
    {
        var page = await MemberPage.MeasureAsync(fixture, members, pageRounds);
        report.AppendLine(CultureInfo.InvariantCulture, $"| Member page, 50 rows of a 10-branch subtree, {page.Scale:N0} members ({page.Provider}, median of {page.Rounds} interleaved requests) | {page.PlatformMs:F1} ms | {page.BaselineMs:F1} ms (same SQL, raw ADO.NET + System.Text.Json) | {page.Ratio:F1}× | ≤ 3× |");
        allMet &= page.Ratio <= 3;
    }

    foreach (var fixture in Fixtures())
    {
        var import = await ImportMembers.MeasureAsync(fixture, importRows, Math.Max(1, rounds / 3));
        report.AppendLine(CultureInfo.InvariantCulture, $"| Member import from .xlsx, {import.Rows:N0} rows, all-or-nothing ({import.Provider}, median of {import.Rounds} rounds) | {import.PlatformSeconds:F1} s | {import.BaselineSeconds:F1} s (raw prepared inserts, same encryption and history rows) | {import.Ratio:F1}× | ≤ 10× |");
        allMet &= import.Ratio <= 10;
    }

    Publish("Members", report.ToString());
}

if (suite is "all" or "meetings")
{
    var report = new StringBuilder()
        .AppendLine("| Benchmark | PartyBuilding | Baseline | Ratio | Goal |")
        .AppendLine("|---|---|---|---|---|");
    foreach (var fixture in Fixtures())
    {
        var compliance = await ComplianceReport.MeasureAsync(fixture, branches, rounds * 4);
        report.AppendLine(CultureInfo.InvariantCulture, $"| Meeting compliance of a whole committee for a year, {compliance.Scale:N0} branches ({compliance.Provider}, median of {compliance.Rounds} interleaved requests) | {compliance.PlatformMs:F0} ms | {compliance.BaselineMs:F0} ms (one hand-written SQL statement, same counts, raw ADO.NET + System.Text.Json) | {compliance.Ratio:F1}× | ≤ 3× |");
        allMet &= compliance.Ratio <= 3;
    }

    Publish("Organisational life", report.ToString());
}

return allMet || smoke ? 0 : 1;

// SQLite always; PostgreSQL when the test database script has started one.
static IEnumerable<PlatformFixture> Fixtures()
{
    yield return new SqliteFixture();
    if (Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable) is not null)
    {
        yield return new PostgreSqlFixture();
    }
}

void Publish(string section, string report)
{
    Console.WriteLine(report);
    if (output is not null)
    {
        BenchmarkDocument.WriteSection(output, section, report, DateTime.UtcNow);
    }
}

static string? OptionValue(string[] args, string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

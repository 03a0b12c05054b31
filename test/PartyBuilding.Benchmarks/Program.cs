using System.Globalization;
using System.Text;
using PartyBuilding.Benchmarks;
using PartyBuilding.EntityFrameworkCore;
using PartyBuilding.Testing;

// Measures the platform's speed goals, each against a baseline measured in the same run (docs/benchmarks.md):
//   county: on data of the generator's scale (county-S by default), on SQLite and PostgreSQL:
//     P1 the read API under wrk (member page, organisation tree, a branch's compliance) against the same SQL
//        served through raw ADO.NET; P2 recording a meeting with 30 attendees against a raw ADO.NET transaction;
//     P5 cold start to the first authenticated answer against a minimal ASP.NET Core app; P6 SQL commands and
//        latency authorization adds to a warm request; P7 an import of 10,000 members from .xlsx against raw
//        prepared inserts;
//   members: a member page filtered by subtree at 100,000 members, against the same SQL through raw ADO.NET;
//   meetings: the compliance of a committee of 1,000 branches over a year, against one hand-written SQL statement.
// Usage: dotnet run -c Release --project test/PartyBuilding.Benchmarks -- [--suite all|county|members|meetings]
//          [--scale county-S] [--rounds N] [--duration SECONDS] [--members N] [--import-rows N] [--branches N]
//          [--output docs/benchmarks.md] [--smoke]
//   --smoke: every suite once at a tiny scale, as CI runs it so the benchmarks cannot rot; the figures mean
//     nothing at that scale, so only an error (a crash, the compliance SQL disagreeing) fails it, never a goal.
// Server roles, started by the benchmarks themselves:
//        dotnet run ... -- minimal-server --urls URL   (P5's baseline app)
//        dotnet run ... -- baseline-server --urls URL --provider P --connection CS --commands FILE   (P1's baseline)
if (args.Length > 0 && args[0] == "minimal-server")
{
    var minimal = WebApplication.CreateBuilder(args[1..]);
    minimal.Logging.ClearProviders();
    var app = minimal.Build();
    app.MapGet("/", () => "ok");
    await app.RunAsync();
    return 0;
}

if (args.Length > 0 && args[0] == "baseline-server")
{
    var builder = WebApplication.CreateBuilder(args[1..]);
    builder.Logging.ClearProviders();
    var provider = Enum.Parse<DatabaseProvider>(OptionValue(args, "--provider")!);
    var connectionString = OptionValue(args, "--connection")!;
    var commandsByEndpoint = RawSql.Load(OptionValue(args, "--commands")!);
    var app = builder.Build();
    app.MapGet("/baseline/health", () => "ok");
    app.MapGet("/baseline/{name}", async (string name, HttpContext context) =>
    {
        context.Response.ContentType = "application/json";
        await RawSql.ReplayAsync(provider, connectionString, commandsByEndpoint[name], context.Response.Body, context.RequestAborted);
    });
    await app.RunAsync();
    return 0;
}

var smoke = args.Contains("--smoke");
var rounds = OptionValue(args, "--rounds") is { } r ? int.Parse(r, CultureInfo.InvariantCulture) : smoke ? 1 : 5;
var output = OptionValue(args, "--output") is { } o ? RepositoryPaths.FromRoot(o) : null;
var hostDll = OptionValue(args, "--host-dll") ?? HostProcess.HostDll();
var suite = OptionValue(args, "--suite") ?? "all";
var duration = TimeSpan.FromSeconds(OptionValue(args, "--duration") is { } d ? int.Parse(d, CultureInfo.InvariantCulture) : smoke ? 1 : 10);
var members = OptionValue(args, "--members") is { } m ? int.Parse(m, CultureInfo.InvariantCulture) : smoke ? 300 : 100_000;
var importRows = OptionValue(args, "--import-rows") is { } ir ? int.Parse(ir, CultureInfo.InvariantCulture) : smoke ? 30 : 10_000;
var branches = OptionValue(args, "--branches") is { } b ? int.Parse(b, CultureInfo.InvariantCulture) : smoke ? 20 : 1_000;
var scale = OptionValue(args, "--scale") ?? (smoke ? "tiny" : "county-S");
var allMet = true;

if (suite is "all" or "county")
{
    if (!Wrk.IsInstalled)
    {
        throw new InvalidOperationException($"P1 needs wrk at {Wrk.Path} (apt-get install wrk; test.sh installs it).");
    }

    var report = new StringBuilder()
        .AppendLine("| Benchmark | PartyBuilding | Baseline | Ratio | Goal |")
        .AppendLine("|---|---|---|---|---|");
    foreach (var provider in Providers())
    {
        await using var county = await CountyDatabase.CreateAsync(provider, scale);
        var generation = county.Generation;
        report.AppendLine(CultureInfo.InvariantCulture, $"| Data generator, {scale} ({provider}): {generation.TotalRows:N0} rows in {generation.Elapsed.TotalSeconds:F0} s | {generation.RowsPerSecond:N0} rows/s | | | |");

        foreach (var load in await ReadApiLoad.MeasureAsync(county, hostDll, rounds, duration))
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"| P1 {load.Endpoint} ({provider}, wrk 16 connections, median of {load.Rounds} × {duration.TotalSeconds:F0} s; wrk used {load.Platform.GeneratorCpuPercent:F0}% of its core) | {load.Platform.RequestsPerSecond:N0} req/s, p50 {load.Platform.P50Ms:F1} ms, p99 {load.Platform.P99Ms:F1} ms | {load.Baseline.RequestsPerSecond:N0} req/s, p50 {load.Baseline.P50Ms:F1} ms, p99 {load.Baseline.P99Ms:F1} ms (same SQL, raw ADO.NET + System.Text.Json) | {load.ThroughputRatio:F1}× throughput, {load.Platform.P99Ms / load.Baseline.P99Ms:F1}× p99 | ≤ 3× |");
            allMet &= load.ThroughputRatio <= 3;
        }

        var write = await WriteMeeting.MeasureAsync(county, rounds * 20);
        report.AppendLine(CultureInfo.InvariantCulture, $"| P2 record a meeting with {WriteMeeting.Attendees} attendees ({provider}, median of {write.Rounds} interleaved requests) | {write.PlatformMs:F1} ms | {write.BaselineMs:F1} ms (the same INSERTs in one raw ADO.NET transaction) | {write.Ratio:F1}× | ≤ 3× |");
        allMet &= write.Ratio <= 3;

        foreach (var autoMigrate in new[] { true, false })
        {
            var coldStart = await ColdStart.MeasureAsync(
                hostDll, provider, county.ServerConnectionString, county.Fixture.PersonalDataKey, autoMigrate, rounds);
            var how = autoMigrate ? "migration check and seeding at start, the embedded default" : "a node started after the DbMigrator";
            report.AppendLine(CultureInfo.InvariantCulture, $"| P5 cold start to the first authenticated answer, {how} ({provider}, median of {rounds} interleaved rounds) | {coldStart.Platform.TotalMilliseconds:F0} ms | {coldStart.Baseline.TotalMilliseconds:F0} ms (minimal ASP.NET Core app, first 200) | {coldStart.Ratio:F1}× | ≤ 10× |");
            allMet &= coldStart.Ratio <= 10;
        }

        var authorization = await AuthorizationCost.MeasureAsync(county, smoke ? 5 : 200);
        report.AppendLine(CultureInfo.InvariantCulture, $"| P6 SQL commands of a warm authorized request (GET /api/account/me, {provider}, {authorization.Requests} requests) | {authorization.CommandsPerMe:F2} | | | ≤ 1 |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| P6 {authorization.Endpoint} with and without authorization ({provider}, median of {authorization.Requests} interleaved requests; SQL commands {authorization.CommandsAuthorized:F1} and {authorization.CommandsUnauthorized:F1}) | {authorization.AuthorizedMs:F2} ms | {authorization.UnauthorizedMs:F2} ms (authentication remembered, every policy allowed) | {authorization.LatencyRatio:F2}× | ≤ 1.5×, 0 commands added |");
        allMet &= authorization.CommandsPerMe <= 1 && authorization.CommandsAdded <= 0 && authorization.LatencyRatio <= 1.5;

        var import = await ImportMembers.MeasureAsync(county.Fixture, importRows, Math.Max(1, rounds / 3));
        report.AppendLine(CultureInfo.InvariantCulture, $"| P7 member import from .xlsx, {import.Rows:N0} rows, all-or-nothing ({provider}, median of {import.Rounds} rounds) | {import.PlatformSeconds:F1} s | {import.BaselineSeconds:F1} s (raw prepared inserts, same encryption and history rows) | {import.Ratio:F1}× | ≤ 10× |");
        allMet &= import.Ratio <= 10;
    }

    Publish("County", report.ToString());
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
static IEnumerable<DatabaseProvider> Providers()
{
    yield return DatabaseProvider.Sqlite;
    if (Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable) is not null)
    {
        yield return DatabaseProvider.PostgreSql;
    }
}

static IEnumerable<PlatformFixture> Fixtures() => Providers().Select(CountyDatabase.NewFixture);

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

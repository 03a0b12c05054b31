using System.Globalization;
using System.Text;
using PartyBuilding.Benchmarks;

// Measures the foundation's speed goals, each against a baseline measured in the same run (docs/benchmarks.md):
//   cold start to the first authenticated answer, against a minimal ASP.NET Core app;
//   SQL commands per authorized request once warm.
// Usage: dotnet run -c Release --project test/PartyBuilding.Benchmarks -- [--rounds N] [--output docs/benchmarks.md]
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

var rounds = OptionValue(args, "--rounds") is { } r ? int.Parse(r, CultureInfo.InvariantCulture) : 5;
var output = OptionValue(args, "--output") is { } o ? Paths.FromRoot(o) : null;
var hostDll = OptionValue(args, "--host-dll") ?? Paths.HostDll();

var coldStart = await ColdStart.MeasureAsync(hostDll, rounds);
var queries = await QueriesPerRequest.MeasureAsync(requests: 50);

var report = new StringBuilder()
    .AppendLine("| Benchmark | PartyBuilding | Baseline | Ratio | Goal |")
    .AppendLine("|---|---|---|---|---|")
    .AppendLine(CultureInfo.InvariantCulture, $"| Cold start to first authenticated answer (median of {rounds} interleaved rounds, SQLite) | {coldStart.Platform.TotalMilliseconds:F0} ms | {coldStart.Baseline.TotalMilliseconds:F0} ms (minimal ASP.NET Core app, first 200) | {coldStart.Ratio:F1}× | ≤ 10× |")
    .AppendLine(CultureInfo.InvariantCulture, $"| SQL commands per authorized request once warm (GET /api/account/me, {queries.Requests} requests) | {queries.PerRequest:F2} | 1 | {queries.PerRequest:F2}× | ≤ 1 |")
    .ToString();
Console.WriteLine(report);
if (output is not null)
{
    BenchmarkDocument.WriteSection(output, "Foundation", report, DateTime.UtcNow);
}

return coldStart.Ratio <= 10 && queries.PerRequest <= 1 ? 0 : 1;

static string? OptionValue(string[] args, string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

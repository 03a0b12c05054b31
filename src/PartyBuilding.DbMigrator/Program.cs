using System.Globalization;
using System.Security.Claims;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PartyBuilding;
using PartyBuilding.DataGeneration;
using PartyBuilding.EntityFrameworkCore;
using PartyBuilding.Framework.Users;

// Migrates the database and seeds the host and every committee, then exits: run it before deploying the host
// (with Database:AutoMigrate=false there) so several nodes never race to migrate.
//   generate --scale tiny|county-S|county-L [--seed 42] [--as-of 2026-11-22]
//     then fills the (empty) database with synthetic committees for tests and benchmarks (DataGeneration/).
var generate = args.Length > 0 && args[0] == "generate";
var builder = Host.CreateApplicationBuilder(generate ? args[1..] : args);
builder.Services.AddPartyBuildingApplication(builder.Configuration);
builder.Services.AddPartyBuildingEntityFrameworkCore(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddSingleton<ICurrentPrincipalAccessor, NoUser>();
if (generate)
{
    // Millions of rows: EF's command log would drown the report.
    builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
}

GenerationPlan? plan = null;
if (generate)
{
    try
    {
        plan = GenerationPlan.ForScale(
            builder.Configuration["scale"] ?? throw new ArgumentException("--scale is required: " + string.Join(", ", GenerationPlan.Scales) + "."),
            int.Parse(builder.Configuration["seed"] ?? "42", CultureInfo.InvariantCulture),
            builder.Configuration["as-of"] is { } asOf ? DateOnly.ParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture) : GenerationPlan.DefaultAsOf);
    }
    catch (Exception exception) when (exception is ArgumentException or FormatException or OverflowException)
    {
        Console.Error.WriteLine(exception.Message);
        Console.Error.WriteLine("Usage: generate --scale tiny|county-S|county-L [--seed 42] [--as-of yyyy-MM-dd]");
        return 1;
    }
}

using var host = builder.Build();
await using (var scope = host.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DbMigrationService>().MigrateAndSeedAsync();
}

if (plan is null)
{
    return 0;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
try
{
    Console.WriteLine((await DataGenerator.GenerateAsync(host.Services, plan, stop.Token)).ToString());
    return 0;
}
catch (GenerationRefusedException refused)
{
    Console.Error.WriteLine(refused.Message);
    return 2;
}

/// <summary>The migrator acts as the system: no signed-in user, so audit fields record none.</summary>
internal sealed class NoUser : ICurrentPrincipalAccessor
{
    public ClaimsPrincipal? Principal => null;
}

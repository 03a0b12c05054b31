using System.Globalization;
using System.Security.Claims;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PartyBuilding.DataGeneration;
using PartyBuilding.EntityFrameworkCore;
using PartyBuilding.Framework.Users;

namespace PartyBuilding.DbMigrator;

/// <summary>
/// The DbMigrator's command line: migrates the database and seeds the host and every committee; with the verb
/// <c>generate</c> it then fills the database with synthetic committees (<see cref="DataGenerator"/>), refusing
/// (exit code 2) a database that already holds committees. Tests and the benchmarks run it as the console does.
/// </summary>
public static class MigratorCommand
{
    public const string Usage =
        "Usage: generate --scale tiny|county-S|county-L [--seed 42] [--as-of yyyy-MM-dd] [--committees N] [--organizations N] [--members N] [--activities N]";

    public const int Refused = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var generate = args.Length > 0 && args[0] == "generate";
        var builder = Host.CreateApplicationBuilder(generate ? args[1..] : args);
        builder.Services.AddPartyBuildingApplication(builder.Configuration);
        builder.Services.AddPartyBuildingEntityFrameworkCore(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton<ICurrentPrincipalAccessor, NoUser>();

        GenerationPlan? plan = null;
        if (generate)
        {
            // Millions of rows: EF's command log would drown the report.
            builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
            try
            {
                plan = PlanFrom(builder.Configuration);
                plan.Validate();
            }
            catch (Exception exception) when (exception is ArgumentException or FormatException or OverflowException)
            {
                await error.WriteLineAsync(exception.Message);
                await error.WriteLineAsync(Usage);
                return 1;
            }
        }

        using var host = builder.Build();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DbMigrationService>().MigrateAndSeedAsync(cancellationToken);
        }

        if (plan is null)
        {
            return 0;
        }

        try
        {
            await output.WriteLineAsync((await DataGenerator.GenerateAsync(host.Services, plan, cancellationToken)).ToString());
            return 0;
        }
        catch (GenerationRefusedException refused)
        {
            await error.WriteLineAsync(refused.Message);
            return Refused;
        }
    }

    /// <summary>The named scale, with any count overridden (a scaled-down run of a large scale, say).</summary>
    private static GenerationPlan PlanFrom(IConfiguration configuration)
    {
        var plan = GenerationPlan.ForScale(
            configuration["scale"] ?? throw new ArgumentException("--scale is required."),
            int.Parse(configuration["seed"] ?? "42", CultureInfo.InvariantCulture),
            configuration["as-of"] is { } asOf
                ? DateOnly.ParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                : GenerationPlan.DefaultAsOf);
        int Count(string name, int value) => configuration[name] is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : value;
        return plan with
        {
            Committees = Count("committees", plan.Committees),
            Organizations = Count("organizations", plan.Organizations),
            Members = Count("members", plan.Members),
            Activities = Count("activities", plan.Activities),
        };
    }

    /// <summary>The migrator acts as the system: no signed-in user, so audit fields record none.</summary>
    private sealed class NoUser : ICurrentPrincipalAccessor
    {
        public ClaimsPrincipal? Principal => null;
    }
}

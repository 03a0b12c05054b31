using PartyBuilding.DataGeneration;
using PartyBuilding.EntityFrameworkCore;
using PartyBuilding.Testing;

namespace PartyBuilding.Benchmarks;

/// <summary>What the data generator wrote, how fast.</summary>
public sealed record GeneratorThroughput(DatabaseProvider Provider, GenerationReport Report)
{
    /// <summary>
    /// Runs the generator (<c>DbMigrator generate</c>) at <paramref name="scale"/> into a fresh database of the
    /// fixture's provider, as the benchmarks of the other suites would use it.
    /// </summary>
    public static async Task<GeneratorThroughput> MeasureAsync(PlatformFixture fixture, string scale)
    {
        await ((Xunit.IAsyncLifetime)fixture).InitializeAsync();
        try
        {
            var plan = GenerationPlan.ForScale(scale, seed: 42, GenerationPlan.DefaultAsOf);
            return new GeneratorThroughput(fixture.Provider, await DataGenerator.GenerateAsync(fixture.Services, plan));
        }
        finally
        {
            await ((Xunit.IAsyncLifetime)fixture).DisposeAsync();
        }
    }
}

using PartyBuilding.EntityFrameworkCore;
using PartyBuilding.Testing;

namespace PartyBuilding.Benchmarks;

/// <summary>A latency against its baseline; <c>Scale</c> is what the data was sized by (members, branches).</summary>
public sealed record LatencyComparison(DatabaseProvider Provider, int Scale, int Rounds, double PlatformMs, double BaselineMs)
{
    public double Ratio => PlatformMs / BaselineMs;
}

/// <summary>
/// P1 for member records: one page of 50 members of a subtree (a township committee with 10 branches) in a
/// committee of 100,000 members, through the whole platform (HTTP, session, permission and reach checks, EF
/// Core, masking, JSON), against the same SQL run through raw ADO.NET and serialized with the same serializer.
/// </summary>
public static class MemberPage
{
    public static async Task<LatencyComparison> MeasureAsync(PlatformFixture fixture, int members, int rounds)
    {
        await ((Xunit.IAsyncLifetime)fixture).InitializeAsync();
        try
        {
            var committee = await fixture.CreateCommitteeAsync("bench");
            var tree = await CommitteeTrees.CreateAsync(fixture, committee.Id);
            await BenchmarkCommittee.AddMembersAsync(fixture, committee.Id, tree.Branches, members, seed: 20261122);
            var subtreeId = tree.FirstSubcommittee;
            using var session = await fixture.CreateSession().SignedInAsync("bench", "bench.admin", PlatformFixture.UserPassword);
            var url = $"/api/members?organizationId={subtreeId}&maxResultCount=50&sorting=name";

            await session.Http.GetStringAsync(url);
            fixture.Commands.StartRecording();
            await session.Http.GetStringAsync(url);
            var commands = fixture.Commands.StopRecording();

            var (platformMs, baselineMs) = await Statistics.InterleavedMediansAsync(
                rounds,
                _ => session.Http.GetStringAsync(url),
                _ => RawSql.ReplayAsync(fixture.Provider, fixture.Database.ConnectionString, commands, Stream.Null));
            return new LatencyComparison(fixture.Provider, members, rounds, platformMs, baselineMs);
        }
        finally
        {
            await ((Xunit.IAsyncLifetime)fixture).DisposeAsync();
        }
    }
}

using PartyBuilding.Testing;

namespace PartyBuilding.Benchmarks;

public sealed record QueriesResult(int Requests, double PerRequest);

/// <summary>
/// Counts the SQL commands of authorized requests once the caches are warm: permission grants and committee
/// lookups come from memory, so a request that needs no data of its own should need no query at all.
/// </summary>
public static class QueriesPerRequest
{
    public static async Task<QueriesResult> MeasureAsync(int requests)
    {
        await using var fixture = new SqliteFixture();
        await ((Xunit.IAsyncLifetime)fixture).InitializeAsync();
        using var session = await fixture.CreateSession().SignedInAsync(null, "admin", PlatformFixture.HostAdminPassword);
        await session.GetJsonAsync<object>("/api/account/me");

        var before = fixture.Commands.Count;
        for (var i = 0; i < requests; i++)
        {
            await session.GetJsonAsync<object>("/api/account/me");
        }

        var perRequest = (fixture.Commands.Count - before) / (double)requests;
        await ((Xunit.IAsyncLifetime)fixture).DisposeAsync();
        return new QueriesResult(requests, perRequest);
    }
}

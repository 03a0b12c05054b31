using System.Diagnostics;
using PartyBuilding.EntityFrameworkCore;
using PartyBuilding.Testing;

namespace PartyBuilding.Reliability;

/// <summary>
/// A PostgreSQL cluster of one test class's own, started with etc/scripts/postgres.sh under a state file of its
/// own, so the class may stop and start the server while other classes keep using the shared one.
/// </summary>
public sealed class PostgreSqlCluster : IAsyncDisposable
{
    private readonly string _folder;

    private PostgreSqlCluster(string folder, string adminConnectionString)
    {
        _folder = folder;
        AdminConnectionString = adminConnectionString;
    }

    public string AdminConnectionString { get; }

    public static async Task<PostgreSqlCluster> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"pbt_cluster_{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var exports = await RunScriptAsync(folder, "start");
        const string prefix = "export " + TestDatabase.PostgresVariable + "='";
        var line = exports.Split('\n').Single(l => l.StartsWith(prefix, StringComparison.Ordinal));
        return new PostgreSqlCluster(folder, line[prefix.Length..line.LastIndexOf('\'')]);
    }

    /// <summary>Stops the server (fast shutdown: every session ends) and keeps its data and port.</summary>
    public Task SuspendAsync() => RunScriptAsync(_folder, "suspend");

    /// <summary>Starts the server again; returns when it accepts connections.</summary>
    public Task ResumeAsync() => RunScriptAsync(_folder, "resume");

    public async ValueTask DisposeAsync()
    {
        await RunScriptAsync(_folder, "stop");
        Directory.Delete(_folder, recursive: true);
    }

    private static async Task<string> RunScriptAsync(string folder, string command)
    {
        var start = new ProcessStartInfo("bash", [RepositoryPaths.FromRoot("etc/scripts/postgres.sh"), command])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["PB_PG_STATE"] = Path.Combine(folder, "postgres.state"), ["NO_COLOR"] = "1" },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"postgres.sh {command} failed ({process.ExitCode}): {await errors}");
    }
}

/// <summary>The platform on a database of a <see cref="PostgreSqlCluster"/> of the fixture's own.</summary>
public sealed class PrivatePostgreSqlFixture : PlatformFixture
{
    private PostgreSqlCluster? _cluster;

    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    public PostgreSqlCluster Cluster => _cluster ?? throw new InvalidOperationException("The fixture is not initialized.");

    protected override async Task<TestDatabase> CreateDatabaseAsync()
    {
        _cluster = await PostgreSqlCluster.StartAsync();
        return await TestDatabase.CreateAsync(Provider, _cluster.AdminConnectionString);
    }

    protected override async ValueTask DisposeDatabaseAsync(TestDatabase database)
    {
        try
        {
            await base.DisposeDatabaseAsync(database);
        }
        finally
        {
            // The whole cluster goes, whatever state a failed test left the server in.
            if (_cluster is not null)
            {
                await _cluster.DisposeAsync();
            }
        }
    }
}

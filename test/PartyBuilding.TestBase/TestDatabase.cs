using Microsoft.Data.Sqlite;
using Npgsql;
using PartyBuilding.EntityFrameworkCore;

namespace PartyBuilding.Testing;

/// <summary>
/// A fresh, empty database for one test class: a temporary SQLite file, or a new database on the PostgreSQL
/// server named by <c>PARTYBUILDING_TEST_POSTGRES</c> (the test script starts a throwaway one). PostgreSQL tests
/// fail when that server is missing; they never skip, so a green run has really been on both providers.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "PARTYBUILDING_TEST_POSTGRES";

    private readonly string? _sqliteFile;
    private readonly string? _postgresAdmin;
    private readonly string? _postgresName;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqliteFile, string? postgresAdmin, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqliteFile = sqliteFile;
        _postgresAdmin = postgresAdmin;
        _postgresName = postgresName;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <param name="postgresAdmin">The server to create a PostgreSQL database on; by default <see cref="PostgresVariable"/>'s.</param>
    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, string? postgresAdmin = null)
    {
        var name = $"pbt_{Guid.NewGuid():N}";
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), name + ".db");
            return new TestDatabase(provider, new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString(), file, null, null);
        }

        var admin = postgresAdmin ?? Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            throw new InvalidOperationException(
                $"{PostgresVariable} is not set. PostgreSQL tests need a server: run etc/scripts/test.sh, which starts a throwaway one.");
        }

        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"create database \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(provider, builder.ConnectionString, null, admin, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
            {
                File.Delete(file);
            }
        }

        if (_postgresAdmin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_postgresAdmin);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"drop database if exists \"{_postgresName}\" with (force)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}

using System.Data.Common;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using PartyBuilding.EntityFrameworkCore;
using PartyBuilding.Testing;

namespace PartyBuilding.Benchmarks;

/// <summary>
/// The baselines of the read benchmarks: the very SQL the platform sent for a request (captured by the fixture's
/// command interceptor), run through raw ADO.NET and serialized with System.Text.Json, nothing else.
/// </summary>
public static class RawSql
{
    public static DbConnection Connect(DatabaseProvider provider, string connectionString) =>
        provider == DatabaseProvider.Sqlite ? new SqliteConnection(connectionString) : new NpgsqlConnection(connectionString);

    /// <summary>Runs the commands on a connection of the pool, reads every row and writes them to <paramref name="output"/>.</summary>
    public static async Task ReplayAsync(
        DatabaseProvider provider, string connectionString, IReadOnlyList<CapturedCommand> commands, Stream output,
        CancellationToken cancellationToken = default)
    {
        await using var connection = Connect(provider, connectionString);
        await connection.OpenAsync(cancellationToken);
        var results = new List<List<object?[]>>();
        foreach (var captured in commands)
        {
            await using var command = Prepare(connection, captured);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rows = new List<object?[]>();
            while (await reader.ReadAsync(cancellationToken))
            {
                var row = new object?[reader.FieldCount];
                reader.GetValues(row!);
                rows.Add(row);
            }

            results.Add(rows);
        }

        await JsonSerializer.SerializeAsync(output, results.Select(r => r.Select(v => v.Select(x => x?.ToString()))), cancellationToken: cancellationToken);
    }

    public static DbCommand Prepare(DbConnection connection, CapturedCommand captured, Func<object?, object?>? mapValue = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = captured.Text;
        foreach (var (name, value) in captured.Parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = (mapValue is null ? value : mapValue(value)) ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>Captured commands to a file another process (the baseline server) reads back with the same parameter types.</summary>
    public static void Save(string path, IReadOnlyDictionary<string, IReadOnlyList<CapturedCommand>> commandsByName) =>
        File.WriteAllText(path, JsonSerializer.Serialize(commandsByName.ToDictionary(
            e => e.Key,
            e => e.Value.Select(c => new StoredCommand(c.Text, c.Parameters.Select(p => new StoredParameter(
                p.Name,
                p.Value?.GetType().AssemblyQualifiedName,
                p.Value is null ? null : JsonSerializer.Serialize(p.Value, p.Value.GetType()))).ToList())).ToList())));

    public static Dictionary<string, IReadOnlyList<CapturedCommand>> Load(string path) =>
        JsonSerializer.Deserialize<Dictionary<string, List<StoredCommand>>>(File.ReadAllText(path))!.ToDictionary(
            e => e.Key,
            e => (IReadOnlyList<CapturedCommand>)e.Value.Select(c => new CapturedCommand(c.Text, c.Parameters.Select(p => (
                p.Name,
                p.Type is null ? null : JsonSerializer.Deserialize(p.Json!, Type.GetType(p.Type, throwOnError: true)!))).ToList())).ToList());

    private sealed record StoredCommand(string Text, List<StoredParameter> Parameters);

    private sealed record StoredParameter(string Name, string? Type, string? Json);
}

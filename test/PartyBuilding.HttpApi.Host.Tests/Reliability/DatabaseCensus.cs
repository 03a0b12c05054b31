using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.EntityFrameworkCore;
using PartyBuilding.Testing;

namespace PartyBuilding.Reliability;

/// <summary>
/// Reads the platform's tables as the EF model maps them, below every query filter: row counts of all tables in
/// one statement (to prove a refused request wrote nothing), and every row of one committee (to prove another
/// committee changed none of them).
/// </summary>
public sealed class DatabaseCensus(PlatformFixture fixture)
{
    private const string TenantColumn = "TenantId";

    /// <summary>The row count of every table, by table name.</summary>
    public Task<IReadOnlyDictionary<string, long>> CountRowsAsync() => WithConnectionAsync<IReadOnlyDictionary<string, long>>(async (connection, tables) =>
    {
        await using var command = connection.CreateCommand();
        command.CommandText = string.Join(" union all ", tables.Select(t => $"select '{t.Name}', count(*) from {Quote(t)}"));
        var counts = new Dictionary<string, long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            counts[reader.GetString(0)] = Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture);
        }

        return counts;
    });

    /// <summary>
    /// Every row of the committee, by table, as text: the rows whose TenantId is the committee's, and in tables
    /// without one (e.g. a user's roles) the rows that refer to one of them.
    /// </summary>
    public Task<IReadOnlyDictionary<string, IReadOnlySet<string>>> RowsOfTenantAsync(Guid tenantId) =>
        WithConnectionAsync<IReadOnlyDictionary<string, IReadOnlySet<string>>>(async (connection, tables) =>
        {
            var all = new Dictionary<ITable, List<Dictionary<string, string>>>();
            foreach (var table in tables)
            {
                all[table] = await ReadAsync(connection, table);
            }

            var tenant = Text(tenantId);
            var owned = all.Where(t => t.Key.FindColumn(TenantColumn) is not null)
                .ToDictionary(t => t.Key, t => t.Value.Where(row => row[TenantColumn] == tenant).ToList());
            var ownedIds = owned.Values.SelectMany(rows => rows).Select(row => row.GetValueOrDefault("Id")).OfType<string>().ToHashSet();
            foreach (var (table, rows) in all.Where(t => t.Key.FindColumn(TenantColumn) is null))
            {
                owned[table] = rows.Where(row => row.Values.Any(ownedIds.Contains)).ToList();
            }

            return owned.ToDictionary(
                t => t.Key.Name,
                t => (IReadOnlySet<string>)t.Value.Select(row => string.Join("|", row.Select(c => $"{c.Key}={c.Value}"))).ToHashSet());
        });

    /// <summary>Rows (table, values) in which <paramref name="column"/> holds <paramref name="value"/>.</summary>
    public Task<IReadOnlyList<(string Table, IReadOnlyDictionary<string, string> Row)>> FindAsync(string column, object value) =>
        WithConnectionAsync<IReadOnlyList<(string, IReadOnlyDictionary<string, string>)>>(async (connection, tables) =>
        {
            var wanted = Text(value);
            var found = new List<(string, IReadOnlyDictionary<string, string>)>();
            foreach (var table in tables.Where(t => t.FindColumn(column) is not null))
            {
                found.AddRange((await ReadAsync(connection, table))
                    .Where(row => row[column] == wanted)
                    .Select(row => (table.Name, (IReadOnlyDictionary<string, string>)row)));
            }

            return found;
        });

    /// <summary>Rows present on one side only, per table, as "table: row".</summary>
    public static IReadOnlyList<string> Differences(
        IReadOnlyDictionary<string, IReadOnlySet<string>> before, IReadOnlyDictionary<string, IReadOnlySet<string>> after) =>
        before.Keys.Union(after.Keys)
            .SelectMany(table =>
            {
                var was = before.GetValueOrDefault(table) ?? new HashSet<string>();
                var now = after.GetValueOrDefault(table) ?? new HashSet<string>();
                return was.Except(now).Select(row => $"{table}: - {row}").Concat(now.Except(was).Select(row => $"{table}: + {row}"));
            })
            .ToList();

    private async Task<T> WithConnectionAsync<T>(Func<DbConnection, IReadOnlyList<ITable>, Task<T>> action)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartyBuildingDbContext>();
        var tables = db.Model.GetRelationalModel().Tables.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            return await action(connection, tables);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<List<Dictionary<string, string>>> ReadAsync(DbConnection connection, ITable table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"select * from {Quote(table)}";
        var rows = new List<Dictionary<string, string>>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = Text(reader.IsDBNull(i) ? null : reader.GetValue(i));
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>One spelling per value whatever the provider stores (SQLite keeps GUIDs as upper-case text).</summary>
    private static string Text(object? value) => value switch
    {
        null => "∅",
        Guid guid => guid.ToString("D"),
        string s when Guid.TryParse(s, out var guid) => guid.ToString("D"),
        byte[] bytes => Convert.ToBase64String(bytes),
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static string Quote(ITable table) => table.Schema is { } schema ? $"\"{schema}\".\"{table.Name}\"" : $"\"{table.Name}\"";
}

using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using PartyBuilding.EntityFrameworkCore;

namespace PartyBuilding.DataGeneration;

/// <summary>
/// A digest of what a generation wrote for one committee, to compare two generations on the same provider: every
/// generated row of the committee, and its users by name and placement. Keys the platform's services created at random (committees,
/// users, seeded categories) are replaced by their codes and names; ciphertexts, which take a random nonce, are left
/// out, and so are the users' password hashes and security stamps.
/// </summary>
public static class GenerationDigest
{
    private static readonly HashSet<string> Ciphertexts = ["IdNumberCipher", "PhoneCipher"];

    public static async Task<string> ComputeAsync(
        DatabaseProvider provider, string connectionString, IModel model, IEnumerable<string> generatedTables, string committeeCode)
    {
        await using DbConnection connection = provider == DatabaseProvider.Sqlite
            ? new SqliteConnection(connectionString)
            : new NpgsqlConnection(connectionString);
        await connection.OpenAsync();

        var names = new Dictionary<string, string>();
        foreach (var (sql, prefix) in new[]
        {
            ("SELECT \"Id\", \"Code\" FROM \"PbTenants\"", "committee:"),
            ("SELECT \"Id\", \"UserName\" FROM \"PbUsers\"", "user:"),
            ("SELECT c.\"Id\", t.\"Code\" || '/' || c.\"Name\" FROM \"PbOrganizationCategories\" c JOIN \"PbTenants\" t ON t.\"Id\" = c.\"TenantId\"", "organization-category:"),
            ("SELECT c.\"Id\", t.\"Code\" || '/' || c.\"Name\" FROM \"PbActivityCategories\" c JOIN \"PbTenants\" t ON t.\"Id\" = c.\"TenantId\"", "activity-category:"),
        })
        {
            foreach (var row in await QueryAsync(connection, sql))
            {
                names[Convert.ToString(row[0].Value, CultureInfo.InvariantCulture)!.ToUpperInvariant()] = prefix + row[1].Value;
            }
        }

        var committee = names.Single(n => n.Value == "committee:" + committeeCode).Key;
        var ofCommittee = provider == DatabaseProvider.Sqlite ? $"'{committee}'" : $"'{committee}'::uuid";
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var table in generatedTables.Order(StringComparer.Ordinal))
        {
            var entityType = model.GetEntityTypes().Single(t => t.GetTableName() == table);
            var order = string.Join(", ", entityType.FindPrimaryKey()!.Properties.Select(p => $"\"{p.GetColumnName()}\""));
            foreach (var row in await QueryAsync(connection, $"SELECT * FROM \"{table}\" WHERE \"TenantId\" = {ofCommittee} ORDER BY {order}"))
            {
                Append(hash, table + ":" + string.Join("|", row.Where(c => !Ciphertexts.Contains(c.Column)).Select(c => c.Column + "=" + Text(c.Value, names))));
            }
        }

        var users = $"SELECT \"UserName\", \"Name\", \"OrganizationId\", \"MemberId\" FROM \"PbUsers\" WHERE \"TenantId\" = {ofCommittee} ORDER BY \"UserName\"";
        foreach (var row in await QueryAsync(connection, users))
        {
            Append(hash, "user:" + string.Join("|", row.Select(c => Text(c.Value, names))));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Append(IncrementalHash hash, string line) => hash.AppendData(Encoding.UTF8.GetBytes(line + "\n"));

    /// <summary>A value as invariant text; a key created at random by the platform's services, by its stable name.</summary>
    private static string Text(object? value, Dictionary<string, string> names)
    {
        var text = value switch
        {
            null or DBNull => "null",
            Guid guid => guid.ToString("D").ToUpperInvariant(),
            DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString()!,
        };
        return names.GetValueOrDefault(text.ToUpperInvariant(), text);
    }

    private static async Task<List<List<(string Column, object? Value)>>> QueryAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<List<(string, object?)>>();
        while (await reader.ReadAsync())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => (reader.GetName(i), (object?)reader.GetValue(i))).ToList());
        }

        return rows;
    }
}

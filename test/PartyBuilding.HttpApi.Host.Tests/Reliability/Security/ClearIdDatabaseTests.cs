using System.Net;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;
using PartyBuilding.EntityFrameworkCore;
using PartyBuilding.Framework.Text;
using PartyBuilding.Members;
using PartyBuilding.Support;
using PartyBuilding.Testing;
using Shouldly;
using Xunit;

namespace PartyBuilding.Reliability;

/// <summary>
/// No clear ID number in the database: after members are created, changed, unmasked and exported through the API,
/// the SQLite file (and its journal) holds none of their numbers in UTF-8 or UTF-16; on PostgreSQL, a COPY of
/// every table holds none in text, nor as the hex of a bytea. The masked numbers are found, so the scan reads data.
/// </summary>
public abstract class ClearIdDatabaseTests(PlatformFixture fixture)
{
    private const string Code = "cdb";

    [Fact]
    public async Task Should_store_no_clear_ID_number_When_members_are_created_changed_unmasked_and_exported()
    {
        var tree = await fixture.CreateTreeAsync(Code);
        using var admin = await fixture.SignInAsync(Code, $"{Code}.admin");
        var clear = new List<string>();
        var masked = new List<string>();
        var members = new List<MemberDto>();
        for (var i = 0; i < 4; i++)
        {
            var body = MemberTestData.NewMember($"库{i}", tree.BranchA, new DateOnly(1965 + (7 * i), 12 - i, 9 + i), 301 + i, phone: $"1390000{i:D4}");
            members.Add(await (await admin.SendAsync(HttpMethod.Post, "/api/members", body)).ReadAsync<MemberDto>(HttpStatusCode.Created));
            clear.Add((string)body["idNumber"]!);
        }

        // A corrected number replaces the old one: neither may stay behind, in the row, its history or the audit trail.
        var corrected = MemberTestData.IdNumberFor(members[0].BirthDate, 399);
        var current = await (await admin.SendAsync(HttpMethod.Get, $"/api/members/{members[0].Id}")).ReadAsync<MemberDto>();
        (await admin.SendAsync(HttpMethod.Put, $"/api/members/{current.Id}", new UpdateMemberDto
        {
            Name = current.Name,
            Gender = current.Gender,
            Ethnicity = current.Ethnicity,
            BirthDate = current.BirthDate,
            Education = current.Education,
            OrganizationId = current.OrganizationId,
            IdNumber = corrected,
            ConcurrencyStamp = current.ConcurrencyStamp,
        })).StatusCode.ShouldBe(HttpStatusCode.OK);
        clear.Add(corrected);
        foreach (var member in members)
        {
            var unmasked = await (await admin.SendAsync(HttpMethod.Get, $"/api/members/{member.Id}?unmask=true")).ReadAsync<MemberDto>();
            clear.ShouldContain(unmasked.IdNumber);
            masked.Add(Masking.Mask(unmasked.IdNumber)!);
        }

        // The search by a full number and the export with it as the filter: the audit row of the export's unmask
        // must not keep the query.
        (await admin.ListAsync<MemberListItemDto>($"/api/members?filter={corrected}")).Single().Id.ShouldBe(members[0].Id);
        (await admin.Http.GetAsync($"/api/members/export?filter={corrected}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var scan = fixture.Provider == DatabaseProvider.Sqlite ? ScanSqliteFiles(clear, masked) : await ScanPostgreSqlAsync(clear, masked);

        ReliabilityReport.Record("clear-id-database", fixture.Provider,
            $"{scan.Bytes} bytes of {scan.Source} scanned for {clear.Count} clear ID numbers (UTF-8, UTF-16): {scan.Hits.Count} found",
            new Dictionary<string, long>
            {
                ["clearIdNumbers"] = clear.Count,
                ["bytesScanned"] = scan.Bytes,
                ["filesOrTables"] = scan.Parts,
                ["clearIdNumbersFound"] = scan.Hits.Count,
                ["maskedNumbersFound"] = scan.MaskedFound,
            });

        scan.Hits.ShouldBeEmpty();
        scan.MaskedFound.ShouldBe(masked.Count, "the masked numbers are stored, so the scan read the members' rows");
    }

    /// <summary>The database file and whatever journal SQLite keeps beside it, as bytes.</summary>
    private Result ScanSqliteFiles(List<string> clear, List<string> masked)
    {
        SqliteConnection.ClearAllPools();
        var file = new SqliteConnectionStringBuilder(fixture.Database.ConnectionString).DataSource;
        var result = new Result("the SQLite file and its journal");
        var maskedFound = new HashSet<string>();
        foreach (var path in new[] { file, file + "-wal", file + "-journal" }.Where(File.Exists))
        {
            byte[] bytes;
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
            {
                bytes = new byte[stream.Length];
                stream.ReadExactly(bytes);
            }

            result.Parts++;
            result.Bytes += bytes.Length;
            foreach (var number in clear)
            {
                if (ClearIdNumbers.EncodedForms(number).Any(form => bytes.AsSpan().IndexOf(form) >= 0))
                {
                    result.Hits.Add($"{Path.GetFileName(path)}: {number[..3]}…");
                }
            }

            maskedFound.UnionWith(masked.Where(m => bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(m)) >= 0));
        }

        result.MaskedFound = maskedFound.Count;
        return result;
    }

    /// <summary>
    /// Every table of the test database copied out in text form, which shows every column (a bytea as hex), so
    /// the numbers are looked for as text and as the hex of their UTF-8 and UTF-16 bytes.
    /// </summary>
    private async Task<Result> ScanPostgreSqlAsync(List<string> clear, List<string> masked)
    {
        var result = new Result("a COPY of every table");
        var forms = clear.Select(number => (number, texts: ClearIdNumbers.EncodedForms(number)
            .Select(bytes => Convert.ToHexStringLower(bytes)).Prepend(number).ToList())).ToList();
        var maskedFound = new HashSet<string>();
        await using var connection = new NpgsqlConnection(fixture.Database.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var command = new NpgsqlCommand(
            "select quote_ident(table_schema) || '.' || quote_ident(table_name) from information_schema.tables "
            + "where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            using var copy = await connection.BeginTextExportAsync($"COPY {table} TO STDOUT");
            var text = await copy.ReadToEndAsync();
            result.Parts++;
            result.Bytes += Encoding.UTF8.GetByteCount(text);
            foreach (var (number, texts) in forms)
            {
                if (texts.Any(t => text.Contains(t, StringComparison.OrdinalIgnoreCase)))
                {
                    result.Hits.Add($"{table}: {number[..3]}…");
                }
            }

            maskedFound.UnionWith(masked.Where(m => text.Contains(m, StringComparison.Ordinal)));
        }

        result.MaskedFound = maskedFound.Count;
        return result;
    }

    private sealed class Result(string source)
    {
        public string Source { get; } = source;

        public int Parts { get; set; }

        public long Bytes { get; set; }

        public int MaskedFound { get; set; }

        public List<string> Hits { get; } = [];
    }
}

public sealed class ClearIdDatabaseTestsOnSqlite(SqliteFixture fixture)
    : ClearIdDatabaseTests(fixture), IClassFixture<SqliteFixture>;

public sealed class ClearIdDatabaseTestsOnPostgreSql(PostgreSqlFixture fixture)
    : ClearIdDatabaseTests(fixture), IClassFixture<PostgreSqlFixture>;

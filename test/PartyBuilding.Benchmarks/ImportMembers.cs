using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PartyBuilding.EntityFrameworkCore;
using PartyBuilding.Framework.Security;
using PartyBuilding.Framework.Text;
using PartyBuilding.Members;
using PartyBuilding.Spreadsheets;
using PartyBuilding.Testing;

namespace PartyBuilding.Benchmarks;

public sealed record ImportComparison(DatabaseProvider Provider, int Rows, int Rounds, double PlatformSeconds, double BaselineSeconds)
{
    public double Ratio => PlatformSeconds / BaselineSeconds;
}

/// <summary>
/// P7: importing members from an .xlsx file (the committee's own export of 10,000 members, clear numbers) into a
/// committee with the same branches — parsing, validation of every row (GB 11643, duplicates by keyed hash,
/// organisation and reach), encryption, history rows, one transaction — against raw prepared inserts of the
/// same people with the same encryption and history rows, in one transaction of the same provider.
/// </summary>
public static class ImportMembers
{
    private const int PeopleSeed = 20261123;

    /// <summary>On a fixture that is already initialized (a fresh database, or the county-scale data).</summary>
    public static async Task<ImportComparison> MeasureAsync(PlatformFixture fixture, int rows, int rounds)
    {
        var source = await fixture.CreateCommitteeAsync("source");
        var sourceTree = await CommitteeTrees.CreateAsync(fixture, source.Id);
        await BenchmarkCommittee.AddMembersAsync(fixture, source.Id, sourceTree.Branches, rows, PeopleSeed);
        using var exporter = await fixture.CreateSession().SignedInAsync("source", "source.admin", PlatformFixture.UserPassword);
        // The export takes the list filters but not its paging: the whole register goes into one file.
        var file = await exporter.Http.GetByteArrayAsync("/api/members/export");

        var platform = new List<double>();
        var baseline = new List<double>();
        for (var round = 1; round <= rounds; round++)
        {
            var target = await fixture.CreateCommitteeAsync($"import{round}");
            await CommitteeTrees.CreateAsync(fixture, target.Id);
            using var importer = await fixture.CreateSession().SignedInAsync(target.Code, $"{target.Code}.admin", PlatformFixture.UserPassword);
            var started = Stopwatch.GetTimestamp();
            var result = await ImportAsync(importer, file);
            platform.Add(Stopwatch.GetElapsedTime(started).TotalSeconds);
            if (result.Created != rows)
            {
                throw new InvalidOperationException($"The import created {result.Created} of {rows} members ({result.Rejected} rejected).");
            }

            var raw = await fixture.CreateCommitteeAsync($"raw{round}");
            var rawTree = await CommitteeTrees.CreateAsync(fixture, raw.Id);
            started = Stopwatch.GetTimestamp();
            await InsertRawAsync(fixture, raw.Id, rawTree.Branches, rows);
            baseline.Add(Stopwatch.GetElapsedTime(started).TotalSeconds);
        }

        return new ImportComparison(fixture.Provider, rows, rounds, Statistics.Median(platform), Statistics.Median(baseline));
    }

    private static async Task<ImportResultDto> ImportAsync(SessionClient session, byte[] file)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(file), "file", "members.xlsx");
        form.Add(new StringContent("allOrNothing"), "mode");
        var response = await session.Http.PostAsync("/api/members/import", form);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ImportResultDto>(SessionClient.Json))!;
    }

    /// <summary>The baseline: one prepared insert per member and per history row, in one transaction, nothing checked.</summary>
    private static async Task InsertRawAsync(PlatformFixture fixture, Guid tenantId, IReadOnlyList<Guid> branches, int rows)
    {
        var protector = fixture.Services.GetRequiredService<IPersonalDataProtector>();
        var sqlite = fixture.Provider == DatabaseProvider.Sqlite;
        object Id(Guid value) => sqlite ? value.ToString().ToUpperInvariant() : value;
        object Day(DateOnly value) => sqlite ? value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : value;
        object Time(DateTime value) => sqlite ? value.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture) : value;

        await using var connection = RawSql.Connect(fixture.Provider, fixture.Database.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var member = Prepare(connection, transaction, "PbMembers",
            "Id", "TenantId", "Name", "Gender", "Ethnicity", "BirthDate", "IdNumberCipher", "IdNumberHash", "IdNumberMasked",
            "PhoneCipher", "PhoneMasked", "Education", "OrganizationId", "Stage", "Status", "AdmittedOn", "ProbationEndsOn",
            "FullMembershipOn", "ProbationExtended", "IsMobile", "IsLostContact", "PioneerPost", "HasPhoto",
            "ConcurrencyStamp", "CreationTime", "IsDeleted");
        var history = Prepare(connection, transaction, "PbMemberHistory",
            "Id", "TenantId", "MemberId", "Kind", "ToValue", "EffectiveOn", "CreationTime");
        var now = DateTime.UtcNow;
        var index = 0;
        foreach (var person in BenchmarkCommittee.People(rows, PeopleSeed))
        {
            var id = Guid.CreateVersion7();
            Bind(member, Id(id), Id(tenantId), person.Name, (int)person.Gender, person.Ethnicity, Day(person.BirthDate),
                protector.Protect(person.IdNumber), protector.Hash(person.IdNumber), Masking.Mask(person.IdNumber),
                protector.Protect(person.Phone), Masking.Mask(person.Phone), (int)person.Education,
                Id(branches[index++ % branches.Count]), (int)MemberStage.Full, (int)MemberStatus.Active,
                Day(BenchmarkCommittee.Today.AddYears(-10)), Day(BenchmarkCommittee.Today.AddYears(-9)),
                Day(BenchmarkCommittee.Today.AddYears(-9)), false, false, false, (int)PioneerPost.None, false,
                Guid.NewGuid().ToString("N"), Time(now), false);
            await member.ExecuteNonQueryAsync();
            Bind(history, Id(Guid.CreateVersion7()), Id(tenantId), Id(id), (int)MemberHistoryKind.Created,
                nameof(MemberStage.Full), Day(BenchmarkCommittee.Today), Time(now));
            await history.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    private static DbCommand Prepare(DbConnection connection, DbTransaction transaction, string table, params string[] columns)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})";
        for (var i = 0; i < columns.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + i;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static void Bind(DbCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}

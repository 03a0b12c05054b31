using System.Data.Common;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PartyBuilding.EntityFrameworkCore;
using PartyBuilding.Framework.Security;
using PartyBuilding.Framework.Text;
using PartyBuilding.Members;
using PartyBuilding.Organizations;
using PartyBuilding.Testing;

namespace PartyBuilding.Benchmarks;

public sealed record LatencyComparison(DatabaseProvider Provider, int Members, int Rounds, double PlatformMs, double BaselineMs)
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
    private const int Subcommittees = 10;
    private const int BranchesPerSubcommittee = 10;

    public static async Task<LatencyComparison> MeasureAsync(PlatformFixture fixture, int members, int rounds)
    {
        await ((Xunit.IAsyncLifetime)fixture).InitializeAsync();
        try
        {
            var committee = await fixture.CreateCommitteeAsync("bench");
            var subtreeId = await FillAsync(fixture, committee.Id, members);
            using var session = await fixture.CreateSession().SignedInAsync("bench", "bench.admin", PlatformFixture.UserPassword);
            var url = $"/api/members?organizationId={subtreeId}&maxResultCount=50&sorting=name";

            await session.Http.GetStringAsync(url);
            fixture.Commands.StartRecording();
            await session.Http.GetStringAsync(url);
            var commands = fixture.Commands.StopRecording();

            var platform = new List<double>(rounds);
            var baseline = new List<double>(rounds);
            for (var i = 0; i < rounds; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await session.Http.GetStringAsync(url);
                platform.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);

                started = Stopwatch.GetTimestamp();
                await RunRawAsync(fixture.Provider, fixture.Database.ConnectionString, commands);
                baseline.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            return new LatencyComparison(fixture.Provider, members, rounds, Median(platform), Median(baseline));
        }
        finally
        {
            await ((Xunit.IAsyncLifetime)fixture).DisposeAsync();
        }
    }

    /// <summary>The baseline: the platform's own SQL on a fresh connection, rows read and serialized, nothing else.</summary>
    private static async Task RunRawAsync(DatabaseProvider provider, string connectionString, IReadOnlyList<CapturedCommand> commands)
    {
        await using DbConnection connection = provider == DatabaseProvider.Sqlite
            ? new SqliteConnection(connectionString)
            : new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var results = new List<List<object?[]>>();
        foreach (var captured in commands)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = captured.Text;
            foreach (var (name, value) in captured.Parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value ?? DBNull.Value;
                command.Parameters.Add(parameter);
            }

            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<object?[]>();
            while (await reader.ReadAsync())
            {
                var row = new object?[reader.FieldCount];
                reader.GetValues(row!);
                rows.Add(row);
            }

            results.Add(rows);
        }

        await JsonSerializer.SerializeAsync(Stream.Null, results.Select(r => r.Select(v => v.Select(x => x?.ToString()))));
    }

    /// <summary>A committee of 10 township-like subcommittees with 10 branches each and the members spread over them.</summary>
    private static async Task<Guid> FillAsync(PlatformFixture fixture, Guid tenantId, int members)
    {
        var branches = new List<Guid>();
        var firstSubcommittee = Guid.Empty;
        await fixture.InTenantAsync(tenantId, async sp =>
        {
            var db = sp.GetRequiredService<PartyBuildingDbContext>();
            for (var s = 1; s <= Subcommittees; s++)
            {
                var subcommittee = new Organization(
                    Guid.CreateVersion7(), null, Organization.PathSegment(s), OrganizationType.PartyCommittee, $"第{s}乡镇党委");
                db.Organizations.Add(subcommittee);
                if (s == 1)
                {
                    firstSubcommittee = subcommittee.Id;
                }

                for (var b = 1; b <= BranchesPerSubcommittee; b++)
                {
                    var branch = new Organization(
                        Guid.CreateVersion7(), subcommittee.Id, subcommittee.Path + Organization.PathSegment(b),
                        OrganizationType.Branch, $"第{s}乡镇第{b}党支部");
                    db.Organizations.Add(branch);
                    branches.Add(branch.Id);
                }
            }

            await db.SaveChangesAsync();
        });

        var protector = fixture.Services.GetRequiredService<IPersonalDataProtector>();
        var people = new SamplePeople(20261122, "150424");
        var today = new DateOnly(2026, 11, 22);
        const int batchSize = 5_000;
        for (var offset = 0; offset < members; offset += batchSize)
        {
            await fixture.InTenantAsync(tenantId, async sp =>
            {
                var db = sp.GetRequiredService<PartyBuildingDbContext>();
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                for (var i = offset; i < Math.Min(members, offset + batchSize); i++)
                {
                    var person = people.Next(today, 20, 80);
                    var member = new Member(Guid.CreateVersion7(), branches[i % branches.Count], person.Name, MemberStage.Full)
                    {
                        Gender = person.Gender,
                        Ethnicity = person.Ethnicity,
                        BirthDate = person.BirthDate,
                        Education = person.Education,
                        AdmittedOn = today.AddYears(-10),
                        FullMembershipOn = today.AddYears(-9),
                    };
                    member.SetIdNumber(protector.Protect(person.IdNumber), protector.Hash(person.IdNumber), Masking.Mask(person.IdNumber)!);
                    member.SetPhone(protector.Protect(person.Phone), Masking.Mask(person.Phone));
                    db.Members.Add(member);
                }

                await db.SaveChangesAsync();
            });
        }

        return firstSubcommittee;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[values.Count / 2 - 1] + values[values.Count / 2]) / 2;
    }
}

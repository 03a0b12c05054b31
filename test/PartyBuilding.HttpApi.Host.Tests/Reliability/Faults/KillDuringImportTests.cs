using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Members;
using PartyBuilding.Spreadsheets;
using PartyBuilding.Support;
using PartyBuilding.Testing;
using Shouldly;
using Xunit;

namespace PartyBuilding.Reliability;

/// <summary>
/// The real host killed with SIGKILL while it imports a register of a thousand members from .xlsx, started
/// again: each time the committee holds none of the rows or all of them, never a part or history rows without their
/// member, and the same file imported after the restarts stores every row exactly once.
/// </summary>
public abstract class KillDuringImportTests(PlatformFixture fixture)
{
    private const string Interrupted = "kill-imp";
    private const string Twin = "twin-imp";
    /// <summary>
    /// A register of a thousand members: long enough to kill the import in each phase the host's log lines mark
    /// (rows being checked, the save under way), short enough for the four runs of the test.
    /// </summary>
    private const int Rows = 1_000;

    private static readonly string[] Branches = ["导入一支部", "导入二支部", "导入三支部", "导入四支部"];

    /// <summary>The importer's lines: the rows are being checked, then saved in one transaction.</summary>
    private static readonly KillPoints Points = new("Import: checking", "Import: saving");

    [Fact]
    public async Task Should_store_none_or_all_rows_When_the_host_is_killed_during_an_import_and_all_rows_once_on_the_next_import()
    {
        var interrupted = await fixture.CreateCommitteeAsync(Interrupted);
        var twin = await fixture.CreateCommitteeAsync(Twin);
        foreach (var branch in Branches)
        {
            await fixture.CreateOrganizationAsync(interrupted.Id, branch);
            await fixture.CreateOrganizationAsync(twin.Id, branch);
        }

        var file = MemberImportFiles.Xlsx(Enumerable.Range(0, Rows).Select(Row).ToArray());
        var environment = HostProcess.EnvironmentOf(fixture);

        var host = await HostProcess.StartAsync(environment);
        var kills = 0;
        var slowestStart = host.ReadyAfter;
        KillPoints.Measured clean;
        var midImport = 0;
        var halfImports = 0;
        var orphans = 0;
        ImportResultDto final;
        try
        {
            // The twin committee takes the file without interruption: the timing of the kills, and what a whole
            // import stores.
            var admin = await SignInAsync(host, Twin);
            clean = await Points.MeasureAsync(host, () => MemberImportFiles.ImportAsync(admin, file));
            admin.Dispose();
            var whole = await StoredAsync(twin.Id);
            whole.Members.ShouldBe(Rows);

            foreach (var point in clean.Points)
            {
                admin = await SignInAsync(host, Interrupted);
                var unanswered = await KillPoints.KillAtAsync(host, () => MemberImportFiles.ImportAsync(admin, file), point);
                admin.Dispose();
                if (unanswered is null)
                {
                    break;
                }

                kills++;
                var stored = await StoredAsync(interrupted.Id);
                halfImports += stored == Stored.Nothing || stored == whole ? 0 : 1;
                orphans += stored.OrphanHistory;
                midImport += unanswered.Value && stored == Stored.Nothing ? 1 : 0;

                await host.DisposeAsync();
                host = await HostProcess.StartAsync(environment);
                slowestStart = host.ReadyAfter > slowestStart ? host.ReadyAfter : slowestStart;
                if (stored.Members > 0)
                {
                    // The import committed before the kill: there is nothing left to interrupt.
                    break;
                }
            }

            admin = await SignInAsync(host, Interrupted);
            final = await (await MemberImportFiles.ImportAsync(admin, file)).ReadAsync<ImportResultDto>();
            admin.Dispose();
        }
        finally
        {
            await host.DisposeAsync();
        }

        var expected = await StoredAsync(twin.Id);
        var actual = await StoredAsync(interrupted.Id);
        ReliabilityReport.Record("kill-during-import", fixture.Provider,
            $"{kills} kills ({midImport} mid-import) of a {Rows:N0}-row import: rows stored after each kill 0 or all " +
            $"({halfImports} half imports, {orphans} orphan history rows); {actual.Members:N0} rows after the re-import",
            new Dictionary<string, long>
            {
                ["rows"] = Rows,
                ["cleanImportMs"] = (long)clean.Duration.TotalMilliseconds,
                ["slowestHostStartMs"] = (long)slowestStart.TotalMilliseconds,
                ["kills"] = kills,
                ["midImportKills"] = midImport,
                ["halfImports"] = halfImports,
                ["orphanHistoryRows"] = orphans + actual.OrphanHistory,
                ["reimportCreated"] = final.Created,
                ["reimportUnchanged"] = final.Unchanged,
                ["rowsStored"] = actual.Members,
                ["distinctIdNumbersStored"] = actual.DistinctIdNumbers,
            });

        midImport.ShouldBeGreaterThanOrEqualTo(1, "at least one kill must land while the import runs");
        halfImports.ShouldBe(0, "a killed import leaves all of its rows or none");
        orphans.ShouldBe(0);
        (final.Created + final.Unchanged, final.Rejected).ShouldBe((Rows, 0));
        actual.ShouldBe(expected, "the interrupted committee ends as the one that imported without interruption");
        actual.Members.ShouldBe(Rows);
        actual.DistinctIdNumbers.ShouldBe(Rows);
    }

    /// <summary>Born a day apart from 1970 on, so every row has an ID number of its own and applied past 18.</summary>
    private static object?[] Row(int index)
    {
        var birth = new DateOnly(1970, 1, 1).AddDays(index);
        return MemberImportFiles.Row($"导入党员{index}", birth, MemberTestData.IdNumberFor(birth, 11), Branches[index % Branches.Length]);
    }

    private static Task<SessionClient> SignInAsync(HostProcess host, string code) =>
        host.CreateSession().SignedInAsync(code, $"{code}.admin", PlatformFixture.UserPassword);

    private sealed record Stored(int Members, int DistinctIdNumbers, int History, int OrphanHistory)
    {
        public static readonly Stored Nothing = new(0, 0, 0, 0);
    }

    private Task<Stored> StoredAsync(Guid tenantId) =>
        fixture.InTenantAsync(tenantId, async sp =>
        {
            var db = sp.GetRequiredService<IMembersDbContext>();
            return new Stored(
                await db.Members.CountAsync(),
                await db.Members.Select(m => m.IdNumberHash).Distinct().CountAsync(),
                await db.MemberHistory.CountAsync(),
                await db.MemberHistory.CountAsync(h => !db.Members.Any(m => m.Id == h.MemberId)));
        });
}

public sealed class KillDuringImportTestsOnSqlite(SqliteFixture fixture)
    : KillDuringImportTests(fixture), IClassFixture<SqliteFixture>;

public sealed class KillDuringImportTestsOnPostgreSql(PostgreSqlFixture fixture)
    : KillDuringImportTests(fixture), IClassFixture<PostgreSqlFixture>;

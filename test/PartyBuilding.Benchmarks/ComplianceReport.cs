using System.Data.Common;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PartyBuilding.EntityFrameworkCore;
using PartyBuilding.Meetings;
using PartyBuilding.Testing;

namespace PartyBuilding.Benchmarks;

/// <summary>
/// Issue 4's measurement: the meeting compliance of a whole committee of 1,000 branches over a year, through the
/// platform (HTTP, session, reach, the plan engine over set-based loads, JSON), against one hand-written SQL
/// statement that computes the same required and fulfilled counts per organisation. The two must agree, or the
/// benchmark fails: a fast baseline that counts something else would prove nothing.
/// </summary>
public static class ComplianceReport
{
    private const int Year = 2026;

    public static async Task<LatencyComparison> MeasureAsync(PlatformFixture fixture, int branches, int rounds)
    {
        await ((Xunit.IAsyncLifetime)fixture).InitializeAsync();
        try
        {
            var committee = await fixture.CreateCommitteeAsync("bench");
            const int perSubcommittee = 50;
            var tree = await CommitteeTrees.CreateAsync(
                fixture, committee.Id, Math.Max(1, branches / perSubcommittee), Math.Min(branches, perSubcommittee));
            await AddMeetingsAsync(fixture, committee.Id, tree.Branches);
            await AnalyzeAsync(fixture);
            using var session = await fixture.CreateSession().SignedInAsync("bench", "bench.admin", PlatformFixture.UserPassword);
            var url = $"/api/meetings/compliance?period={Year}";

            var report = await session.Http.GetFromJsonAsync<ComplianceReportDto>(url, SessionClient.Json)
                ?? throw new InvalidOperationException("No compliance report.");
            var sql = await RunSqlAsync(fixture.Provider, fixture.Database.ConnectionString, committee.Id);
            var (required, fulfilled) = (sql.Sum(r => r.Required), sql.Sum(r => r.Fulfilled));
            if (required != report.Totals.Required || fulfilled != report.Totals.Fulfilled)
            {
                throw new InvalidOperationException(
                    $"The hand-written SQL counts {fulfilled}/{required}, the platform {report.Totals.Fulfilled}/{report.Totals.Required}.");
            }

            var (platformMs, baselineMs) = await Statistics.InterleavedMediansAsync(
                rounds,
                _ => session.Http.GetStringAsync(url),
                async _ => await JsonSerializer.SerializeAsync(
                    Stream.Null, await RunSqlAsync(fixture.Provider, fixture.Database.ConnectionString, committee.Id), SessionClient.Json));
            return new LatencyComparison(fixture.Provider, tree.Branches.Count, rounds, platformMs, baselineMs);
        }
        finally
        {
            await ((Xunit.IAsyncLifetime)fixture).DisposeAsync();
        }
    }

    /// <summary>
    /// Eleven months of a branch's year up to the benchmark's today: most 主题党日 held (the quarter's last one as
    /// the 党员大会 too), most quarterly 党课, nothing yearly yet. Deterministic, so every run counts the same.
    /// </summary>
    private static async Task AddMeetingsAsync(PlatformFixture fixture, Guid tenantId, IReadOnlyList<Guid> branches)
    {
        var random = new Random(1921);
        foreach (var batch in branches.Chunk(100))
        {
            await fixture.InTenantAsync(tenantId, async sp =>
            {
                var db = sp.GetRequiredService<PartyBuildingDbContext>();
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                foreach (var branch in batch)
                {
                    for (var month = 1; month <= 11; month++)
                    {
                        if (random.NextDouble() < 0.9)
                        {
                            MeetingType[] types = month % 3 == 0 ? [MeetingType.ThemedPartyDay, MeetingType.PartyMemberAssembly] : [MeetingType.ThemedPartyDay];
                            db.Meetings.Add(Submitted(branch, new DateOnly(Year, month, 8 + random.Next(10)), types));
                        }

                        if (month % 3 == 2 && random.NextDouble() < 0.8)
                        {
                            db.Meetings.Add(Submitted(branch, new DateOnly(Year, month, 12 + random.Next(10)), [MeetingType.PartyLesson]));
                        }
                    }
                }

                await db.SaveChangesAsync();
            });
        }
    }

    /// <summary>
    /// Gathers the planner statistics a live database has (PostgreSQL's autovacuum analyzes a table soon after a
    /// bulk load). Measured straight after the load, without them, PostgreSQL joins meetings to their types in a
    /// nested loop over whole tables and takes seconds.
    /// </summary>
    private static async Task AnalyzeAsync(PlatformFixture fixture)
    {
        await using var connection = RawSql.Connect(fixture.Provider, fixture.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "ANALYZE";
        await command.ExecuteNonQueryAsync();
    }

    private static Meeting Submitted(Guid organizationId, DateOnly heldOn, MeetingType[] types)
    {
        var meeting = new Meeting(Guid.CreateVersion7(), organizationId) { Topic = "学习", Minutes = "纪要" };
        var startsAt = heldOn.ToDateTime(new TimeOnly(7, 0), DateTimeKind.Utc);
        meeting.Schedule(startsAt, startsAt.AddHours(2), heldOn);
        meeting.ReplaceTypes(types);
        meeting.Submit(startsAt.AddHours(3), null, null);
        return meeting;
    }

    public sealed record OrganizationCompliance(Guid OrganizationId, int Required, int Fulfilled);

    /// <summary>
    /// Every organisation's required and fulfilled slots of the year in one statement: the rules that apply to its
    /// type, times the year's periods of each rule's kind, against the submitted meetings counted per period. It
    /// covers what the benchmark's data holds; exemptions, committee terms and mid-year joins are not in it.
    /// </summary>
    private static async Task<List<OrganizationCompliance>> RunSqlAsync(DatabaseProvider provider, string connectionString, Guid tenantId)
    {
        var sqlite = provider == DatabaseProvider.Sqlite;
        string Month(string d) => sqlite ? $"strftime('%Y-%m', {d})" : $"to_char({d}, 'YYYY-MM')";
        string Quarter(string d) => sqlite
            ? $"strftime('%Y', {d}) || '-Q' || ((CAST(strftime('%m', {d}) AS INTEGER) + 2) / 3)"
            : $"to_char({d}, 'YYYY') || '-Q' || to_char({d}, 'Q')";
        string YearOf(string d) => sqlite ? $"strftime('%Y', {d})" : $"to_char({d}, 'YYYY')";
        var least = sqlite ? "MIN" : "LEAST";
        var periods = string.Join(", ", Enumerable.Range(1, 12).Select(m => $"(2, '{Year}-{m:D2}')")
            .Concat(Enumerable.Range(1, 4).Select(q => $"(3, '{Year}-Q{q}')"))
            .Append($"(4, '{Year}')"));
        var sql = $"""
            WITH periods(kind, key) AS (VALUES {periods}),
            rules AS (
                SELECT "MeetingType" AS type, "PeriodKind" AS kind, "RequiredCount" AS required,
                       ',' || "AppliesTo" || ',' AS applies, "RequiresSecretarySpeaker" AS secretary
                FROM "PbMeetingRules"
                WHERE "TenantId" = @tenant AND "IsEnabled" AND NOT "IsDeleted" AND NOT "RequiresCommittee"),
            orgs AS (
                SELECT "Id" AS id, CASE "Type" WHEN 1 THEN 'PartyCommittee' WHEN 2 THEN 'GeneralBranch' WHEN 3 THEN 'Branch'
                    WHEN 4 THEN 'JointBranch' WHEN 5 THEN 'TemporaryBranch' ELSE 'PartyGroup' END AS type
                FROM "PbOrganizations" WHERE "TenantId" = @tenant AND NOT "IsDeleted"),
            held AS (
                SELECT m."OrganizationId" AS org, t."Type" AS type, m."SpeakerIsSecretary" AS secretary, m."HeldOn" AS day
                FROM "PbMeetings" m JOIN "PbMeetingTypes" t ON t."MeetingId" = m."Id"
                WHERE m."TenantId" = @tenant AND m."Status" = 2 AND NOT m."IsDeleted" AND m."HeldOn" >= @from AND m."HeldOn" <= @to),
            counted AS (
                SELECT org, type, kind, key, COUNT(*) AS n, SUM(CASE WHEN secretary THEN 1 ELSE 0 END) AS by_secretary
                FROM (SELECT org, type, secretary, 2 AS kind, {Month("day")} AS key FROM held
                      UNION ALL SELECT org, type, secretary, 3, {Quarter("day")} FROM held
                      UNION ALL SELECT org, type, secretary, 4, {YearOf("day")} FROM held) keyed
                GROUP BY org, type, kind, key)
            SELECT o.id, SUM(r.required),
                   SUM({least}(COALESCE(CASE WHEN r.secretary THEN c.by_secretary ELSE c.n END, 0), r.required))
            FROM orgs o
            JOIN rules r ON r.applies LIKE '%,' || o.type || ',%'
            JOIN periods p ON p.kind = r.kind
            LEFT JOIN counted c ON c.org = o.id AND c.type = r.type AND c.kind = p.kind AND c.key = p.key
            GROUP BY o.id
            """;
        await using var connection = RawSql.Connect(provider, connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        AddParameter(command, "@tenant", sqlite ? tenantId.ToString().ToUpperInvariant() : tenantId);
        AddParameter(command, "@from", sqlite ? $"{Year}-01-01" : new DateOnly(Year, 1, 1));
        AddParameter(command, "@to", sqlite ? $"{Year}-12-31" : new DateOnly(Year, 12, 31));
        var rows = new List<OrganizationCompliance>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new OrganizationCompliance(
                sqlite ? Guid.Parse(reader.GetString(0)) : reader.GetGuid(0), Convert.ToInt32(reader.GetValue(1)), Convert.ToInt32(reader.GetValue(2))));
        }

        return rows;
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}

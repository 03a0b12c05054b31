using System.Net.Http.Json;
using System.Text.Json;
using PartyBuilding.Testing;

namespace PartyBuilding.Benchmarks;

/// <summary>
/// P2: recording a meeting with 30 attendees (<c>POST /api/meetings</c>) through the whole platform (HTTP, session,
/// antiforgery, permission and reach checks, validation of every attendee, the audit row with its entity changes,
/// EF Core) against a raw ADO.NET transaction that runs the very INSERTs the platform sent for such a request, with
/// fresh keys each time. Requests alternate between the two; medians are compared.
/// </summary>
public static class WriteMeeting
{
    public const int Attendees = 30;

    public static async Task<LatencyComparison> MeasureAsync(CountyDatabase county, int rounds)
    {
        using var session = await county.AdminSessionAsync();
        var me = await session.Http.GetFromJsonAsync<JsonElement>("/api/account/me");
        var members = (await session.Http.GetFromJsonAsync<JsonElement>(
                $"/api/members?organizationId={county.Township}&maxResultCount={Attendees}"))
            .GetProperty("items").EnumerateArray().Select(m => m.GetProperty("id").GetGuid()).ToList();
        if (members.Count < Attendees)
        {
            throw new InvalidOperationException($"The township has {members.Count} members; the benchmark needs {Attendees}.");
        }

        var startsAt = new DateTime(2026, 11, 20, 1, 0, 0, DateTimeKind.Utc);
        object Body(int round) => new
        {
            organizationId = county.Township,
            types = new[] { "PartyMemberAssembly" },
            // A minute apart, so every record is a meeting of its own.
            startsAt = startsAt.AddMinutes(round),
            endsAt = startsAt.AddMinutes(round + 90),
            place = "党员活动室",
            mode = "Offline",
            hostName = "书记",
            topic = "学习党章",
            minutes = "会议纪要",
            attendees = members.Select(id => new { memberId = id, status = "Present" }).ToArray(),
        };

        await RecordAsync(session, Body(0));
        county.Fixture.Commands.StartRecording();
        await RecordAsync(session, Body(1));
        var writes = county.Fixture.Commands.StopRecording()
            .Where(c => !c.Text.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
            .ToList();
        // Keys the request referred to stay; every other key (the meeting's, its attendees', the audit rows') is new.
        var existing = new HashSet<Guid>(members) { county.TenantId, county.Township, me.GetProperty("id").GetGuid() };

        var (platformMs, baselineMs) = await Statistics.InterleavedMediansAsync(
            rounds,
            round => RecordAsync(session, Body(round + 2)),
            _ => InsertRawAsync(county, writes, existing));
        return new LatencyComparison(county.Provider, Attendees, rounds, platformMs, baselineMs);
    }

    private static async Task RecordAsync(SessionClient session, object body)
    {
        var response = await session.Http.PostAsJsonAsync("/api/meetings", body, SessionClient.Json);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Recording the meeting answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static async Task InsertRawAsync(CountyDatabase county, IReadOnlyList<CapturedCommand> writes, HashSet<Guid> existing)
    {
        var fresh = new Dictionary<Guid, Guid>();
        object? Renew(object? value) => value switch
        {
            Guid id when !existing.Contains(id) => NewKey(id),
            string text when text.Length == 36 && Guid.TryParse(text, out var id) && !existing.Contains(id) =>
                char.IsUpper(text.FirstOrDefault(char.IsLetter)) ? NewKey(id).ToString().ToUpperInvariant() : NewKey(id).ToString(),
            _ => value,
        };
        Guid NewKey(Guid old)
        {
            if (!fresh.TryGetValue(old, out var key))
            {
                fresh[old] = key = Guid.CreateVersion7();
            }

            return key;
        }

        await using var connection = RawSql.Connect(county.Provider, county.Fixture.Database.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var captured in writes)
        {
            await using var command = RawSql.Prepare(connection, captured, Renew);
            command.Transaction = transaction;
            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }
}

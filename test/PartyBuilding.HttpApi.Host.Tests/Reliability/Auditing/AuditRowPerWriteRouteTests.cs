using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.EntityFrameworkCore;
using PartyBuilding.Support;
using PartyBuilding.Testing;
using Shouldly;
using Xunit;

namespace PartyBuilding.Reliability;

/// <summary>
/// Walked from the OpenAPI document: every write route is called at least once (with a valid body made from the
/// committee's real data where one can be made; a refusal is audited too), and each call leaves an audit row with
/// the route's action, the user and the status the client got. Deletes come last, on what the walk created.
/// </summary>
public abstract class AuditRowPerWriteRouteTests(PlatformFixture fixture)
{
    private sealed record Call(ApiOperation Operation, string Url, string UserName, int Status);

    private sealed record AuditRow(Guid Id, string Action, string Url, string? UserName, int StatusCode);

    [Fact]
    public async Task Should_leave_a_row_with_the_action_the_user_and_the_status_When_each_write_route_of_the_document_is_called()
    {
        var writes = (await OpenApiRoutes.LoadAsync(fixture)).Where(o => o.IsWrite)
            .OrderBy(o => o.Template == "/api/account/logout")
            .ThenBy(o => o.Method == HttpMethod.Delete)
            .ToList();
        var world = await CommitteeWorld.BuildAsync(fixture, "audit", "UMARK4W");
        using var host = await fixture.SignInHostAdminAsync();
        using var account = await fixture.SignInAsync(world.Code, world.AdminUserName);
        var valid = new ValidRequests(world, host);
        var rowsBefore = (await AuditRowsAsync()).Select(r => r.Id).ToHashSet();
        var created = new RouteIds();
        var calls = new List<Call>();

        foreach (var operation in writes)
        {
            var (client, userName) = operation.Template.StartsWith("/api/host", StringComparison.Ordinal) || operation.Template.StartsWith("/api/jobs", StringComparison.Ordinal)
                ? (host, Api.HostAdmin)
                : operation.Template.StartsWith("/api/account", StringComparison.Ordinal) ? (account, world.AdminUserName) : (world.Admin, world.AdminUserName);
            var url = created.Urls(operation).FirstOrDefault() ?? world.Ids.Urls(operation).First();
            using var response = await client.Http.SendAsync(new HttpRequestMessage(operation.Method, url) { Content = await BodyAsync(valid, operation, url) });
            calls.Add(new Call(operation, url, userName, (int)response.StatusCode));
            if ((int)response.StatusCode == 201 && CreatedKind(writes, operation) is { } kind)
            {
                var id = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<Guid>();
                created.Add(kind, id, url.Split('/').FirstOrDefault(segment => Guid.TryParse(segment, out _)));
            }
        }

        var rows = (await AuditRowsAsync()).Where(r => !rowsBefore.Contains(r.Id)).ToList();
        var unaudited = calls
            .Where(call => !rows.Any(row =>
                OpenApiRoutes.ActionOfRoutePattern(row.Action.Split(' ')[0], row.Action.Split(' ', 2)[1]) == call.Operation.Action
                && row.Url == Uri.UnescapeDataString(call.Url)
                && row.UserName == call.UserName
                && row.StatusCode == call.Status))
            .Select(call => $"{call.Operation} ({call.Url} → {call.Status} by {call.UserName})")
            .ToList();
        var walked = calls.Select(c => c.Operation.Action).ToHashSet();
        var missed = writes.Where(o => !walked.Contains(o.Action)).Select(o => o.Action).ToList();

        ReliabilityReport.Record("audit-row-per-write-route", fixture.Provider,
            $"{writes.Count} write routes walked, {calls.Count(c => c.Status < 400)} accepted and {calls.Count(c => c.Status >= 400)} refused calls, {unaudited.Count} without an audit row",
            new Dictionary<string, long>
            {
                ["writeRoutes"] = writes.Count,
                ["calls"] = calls.Count,
                ["accepted"] = calls.Count(c => c.Status < 400),
                ["refused"] = calls.Count(c => c.Status >= 400),
                ["withoutAuditRow"] = unaudited.Count,
            });
        missed.ShouldBeEmpty();
        unaudited.ShouldBeEmpty();
        calls.Count(c => c.Status < 400).ShouldBeGreaterThan(writes.Count / 2, "most calls are valid ones: " +
            string.Join("; ", calls.Where(c => c.Status >= 400).Select(c => $"{c.Operation} → {c.Status}")));
    }

    /// <summary>The kind of record a POST creates: the kind of id the routes below it take.</summary>
    private static IdKind? CreatedKind(IReadOnlyList<ApiOperation> operations, ApiOperation create) =>
        operations.FirstOrDefault(o => o.PathParameters.Count > create.PathParameters.Count
            && o.Template.StartsWith(create.Template + "/{", StringComparison.Ordinal)
            && o.Template.IndexOf('/', create.Template.Length + 1) < 0)?.PathParameters[^1].Kind;

    private static async Task<HttpContent?> BodyAsync(ValidRequests valid, ApiOperation operation, string url)
    {
        try
        {
            return await valid.ContentAsync(operation, url);
        }
        catch (Exception e) when (e is ShouldAssertException or HttpRequestException)
        {
            // The record is gone or locked by an earlier call of the walk: the refused call is audited all the same.
            return operation.TakesJson ? new StringContent("{}", Encoding.UTF8, "application/json") : null;
        }
    }

    private Task<List<AuditRow>> AuditRowsAsync() => fixture.InTenantAsync(null, sp =>
        sp.GetRequiredService<PartyBuildingDbContext>().AuditLogs.IgnoreQueryFilters().AsNoTracking()
            .Select(r => new AuditRow(r.Id, r.Action, r.Url, r.UserName, r.StatusCode))
            .ToListAsync());
}

public sealed class AuditRowPerWriteRouteTestsOnSqlite(SqliteFixture fixture) : AuditRowPerWriteRouteTests(fixture), IClassFixture<SqliteFixture>;

public sealed class AuditRowPerWriteRouteTestsOnPostgreSql(PostgreSqlFixture fixture)
    : AuditRowPerWriteRouteTests(fixture), IClassFixture<PostgreSqlFixture>;

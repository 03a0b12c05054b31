using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Auditing;
using PartyBuilding.EntityFrameworkCore;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Identity;
using PartyBuilding.Support;
using PartyBuilding.Testing;
using Shouldly;
using Xunit;

namespace PartyBuilding.Reliability;

/// <summary>
/// The application cannot change an audit row: an update or delete of an <see cref="AuditLog"/> or of one of its
/// entity changes through the DbContext throws and leaves the row as it was, and the API offers no route but GET
/// under the audit-log path (walked from the OpenAPI document, and tried with the other methods).
/// </summary>
public abstract class AuditImmutabilityTests(PlatformFixture fixture)
{
    private const string Code = "aud";

    private static readonly HttpMethod[] WriteMethods = [HttpMethod.Post, HttpMethod.Put, HttpMethod.Patch, HttpMethod.Delete];

    [Fact]
    public async Task Should_refuse_every_change_of_an_audit_row_and_offer_only_GET_routes_for_the_audit_trail()
    {
        var committee = await fixture.CreateCommitteeAsync(Code);
        using var admin = await fixture.SignInAsync(Code, $"{Code}.admin");
        var user = await (await admin.SendAsync(HttpMethod.Post, "/api/identity/users",
            new { userName = "audited", name = "审计对象", password = PlatformFixture.UserPassword, roleNames = new[] { RoleNames.Member } }))
            .ReadAsync<UserDto>(HttpStatusCode.Created);
        var logId = await InCommitteeAsync(committee.Id, db => db.AuditLogs.AsNoTracking()
            .Where(a => a.Action == "POST api/identity/users" && a.EntityChanges.Any(c => c.EntityId == user.Id.ToString()))
            .Select(a => a.Id).SingleAsync());
        var before = await SnapshotAsync(committee.Id, logId);

        var attempts = new (string Name, Func<PartyBuildingDbContext, Task> Change)[]
        {
            ("update of the log", async db => (await Log(db, logId)).StatusCode = 500),
            ("delete of the log", async db => db.AuditLogs.Remove(await db.AuditLogs.SingleAsync(a => a.Id == logId))),
            ("update of an entity change", async db => db.Entry((await Log(db, logId)).EntityChanges[0]).Property(c => c.EntityId).CurrentValue = "forged"),
            ("delete of an entity change", async db => db.Remove((await Log(db, logId)).EntityChanges[0])),
            ("update of a detached copy", db =>
            {
                db.Update(new AuditLog(logId, committee.Id, null, "forger", fixture.Clock.GetUtcNow().UtcDateTime)
                {
                    HttpMethod = "GET", Url = "/", Action = "forged", StatusCode = 200,
                });
                return Task.CompletedTask;
            }),
        };
        var refused = 0;
        foreach (var (name, change) in attempts)
        {
            await Should.ThrowAsync<AppendOnlyViolationException>(
                () => InCommitteeAsync(committee.Id, async db =>
                {
                    await change(db);
                    return await db.SaveChangesAsync();
                }),
                name);
            (await SnapshotAsync(committee.Id, logId)).ShouldBe(before, $"the row as it was after the {name}");
            refused++;
        }

        var routes = (await OpenApiRoutes.LoadAsync(fixture)).Where(r => r.Template.StartsWith("/api/audit-logs", StringComparison.Ordinal)).ToList();
        var tried = 0;
        foreach (var url in new[] { "/api/audit-logs", $"/api/audit-logs/{logId}" })
        {
            foreach (var method in WriteMethods)
            {
                var response = await admin.SendAsync(method, url, new { statusCode = 500 });
                ((int)response.StatusCode).ShouldBeOneOf([404, 405], $"{method} {url}");
                tried++;
            }
        }

        (await SnapshotAsync(committee.Id, logId)).ShouldBe(before);
        var listed = await admin.ListAsync<AuditLogDto>("/api/audit-logs");
        listed.ShouldContain(l => l.Id == logId);

        ReliabilityReport.Record("audit-immutability", fixture.Provider,
            $"{refused} of {attempts.Length} changes through the DbContext refused, row unchanged; "
            + $"{routes.Count} documented audit-log route(s), {routes.Count(r => r.Method == HttpMethod.Get)} GET; {tried} write requests refused",
            new Dictionary<string, long>
            {
                ["dbContextChangesTried"] = attempts.Length,
                ["dbContextChangesRefused"] = refused,
                ["auditLogRoutes"] = routes.Count,
                ["auditLogRoutesNotGet"] = routes.Count(r => r.Method != HttpMethod.Get),
                ["writeRequestsTried"] = tried,
            });

        routes.ShouldNotBeEmpty();
        routes.ShouldAllBe(r => r.Method == HttpMethod.Get, "no documented route changes or deletes an audit row");
    }

    private static Task<AuditLog> Log(PartyBuildingDbContext db, Guid id) =>
        db.AuditLogs.Include(a => a.EntityChanges).SingleAsync(a => a.Id == id);

    private Task<T> InCommitteeAsync<T>(Guid tenantId, Func<PartyBuildingDbContext, Task<T>> action) =>
        fixture.InTenantAsync(tenantId, sp => action(sp.GetRequiredService<PartyBuildingDbContext>()));

    /// <summary>The log and its entity changes as stored, every column, to compare before and after.</summary>
    private Task<string> SnapshotAsync(Guid tenantId, Guid id) =>
        InCommitteeAsync(tenantId, async db =>
        {
            var log = await db.AuditLogs.AsNoTracking().Include(a => a.EntityChanges).SingleAsync(a => a.Id == id);
            var entry = db.Entry(log);
            var columns = new List<object?>(entry.Properties.Select(p => p.CurrentValue));
            columns.AddRange(log.EntityChanges.OrderBy(c => c.Id).SelectMany(c => db.Entry(c).Properties.Select(p => p.CurrentValue)));
            return JsonSerializer.Serialize(columns);
        });
}

public sealed class AuditImmutabilityTestsOnSqlite(SqliteFixture fixture)
    : AuditImmutabilityTests(fixture), IClassFixture<SqliteFixture>;

public sealed class AuditImmutabilityTestsOnPostgreSql(PostgreSqlFixture fixture)
    : AuditImmutabilityTests(fixture), IClassFixture<PostgreSqlFixture>;

using System.Net;
using System.Net.Http.Json;
using PartyBuilding.Framework.Auditing;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Identity;
using PartyBuilding.Support;
using PartyBuilding.Tenancy;
using PartyBuilding.Testing;
using Shouldly;
using Xunit;

namespace PartyBuilding.Auditing;

/// <summary>
/// Every write call to the API leaves an audit row (who, which committee, what, with which result), refused ones
/// included; audited entities add field-level before/after with personal data masked; each committee reads
/// only its own trail, the organization department reads all.
/// </summary>
public abstract class AuditTrailTests(PlatformFixture fixture)
{
    private const string CodeA = "aud-a";
    private const string CodeB = "aud-b";
    private const string AdminA = "aud-a.admin";
    private const string AdminB = "aud-b.admin";

    private sealed record Committees(TenantDto A, TenantDto B);

    private Task<Committees> CommitteesAsync() => fixture.SharedAsync("committees", async () =>
        new Committees(await fixture.CreateCommitteeAsync(CodeA), await fixture.CreateCommitteeAsync(CodeB)));

    private static Task<List<AuditLogDto>> RowsAsync(SessionClient reader, string query = "") =>
        reader.ListAsync<AuditLogDto>($"/api/audit-logs?maxResultCount=1000{query}");

    /// <summary>Runs <paramref name="act"/> and returns the one audit row it added, as <paramref name="reader"/> sees it.</summary>
    private async Task<AuditLogDto> SingleNewRowAsync(SessionClient reader, Func<Task<HttpResponseMessage>> act, HttpStatusCode expected)
    {
        var before = (await RowsAsync(reader)).Select(r => r.Id).ToHashSet();
        fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        var response = await act();
        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
        var added = (await RowsAsync(reader)).Where(r => !before.Contains(r.Id)).ToList();
        added.Count.ShouldBe(1, $"one audit row per write call ({expected})");
        added[0].ExecutionTime.ShouldBe(fixture.Clock.GetUtcNow().UtcDateTime, TimeSpan.FromMilliseconds(1), "stamped by the platform's clock");
        return added[0];
    }

    private static void ShouldDescribe(AuditLogDto row, Guid? tenantId, string? userName, string method, string url, string action, int status, string? errorCode)
    {
        row.TenantId.ShouldBe(tenantId);
        row.UserName.ShouldBe(userName);
        row.HttpMethod.ShouldBe(method);
        row.Url.ShouldBe(url);
        row.Action.ShouldBe(action);
        row.StatusCode.ShouldBe(status);
        row.ErrorCode.ShouldBe(errorCode);
    }

    [Fact]
    public async Task Should_record_user_committee_method_action_status_and_error_code_When_write_routes_succeed_or_are_refused()
    {
        var (a, _) = await CommitteesAsync();
        var admin = await fixture.SharedSessionAsync(CodeA, AdminA);
        var missing = Guid.NewGuid();
        var memberRole = (await admin.ListAsync<RoleDto>("/api/identity/roles")).Single(r => r.Name == RoleNames.Member);

        var created = await SingleNewRowAsync(admin,
            () => admin.SendAsync(HttpMethod.Post, "/api/identity/roles", new { name = "audited", displayName = "审计角色" }), HttpStatusCode.Created);
        ShouldDescribe(created, a.Id, AdminA, "POST", "/api/identity/roles", "POST api/identity/roles", 201, null);

        var invalid = await SingleNewRowAsync(admin,
            () => admin.SendAsync(HttpMethod.Post, "/api/identity/roles", new { name = "", displayName = "" }), HttpStatusCode.BadRequest);
        ShouldDescribe(invalid, a.Id, AdminA, "POST", "/api/identity/roles", "POST api/identity/roles", 400, FrameworkErrorCodes.ValidationFailed);

        var notFound = await SingleNewRowAsync(admin,
            () => admin.SendAsync(HttpMethod.Put, $"/api/identity/roles/{missing}", new { displayName = "x", concurrencyStamp = "x" }), HttpStatusCode.NotFound);
        ShouldDescribe(notFound, a.Id, AdminA, "PUT", $"/api/identity/roles/{missing}", "PUT api/identity/roles/{id:guid}", 404, FrameworkErrorCodes.EntityNotFound);

        var staticRole = await SingleNewRowAsync(admin,
            () => admin.SendAsync(HttpMethod.Delete, $"/api/identity/roles/{memberRole.Id}"), HttpStatusCode.BadRequest);
        ShouldDescribe(staticRole, a.Id, AdminA, "DELETE", $"/api/identity/roles/{memberRole.Id}", "DELETE api/identity/roles/{id:guid}", 400,
            PartyBuildingErrorCodes.Identity.StaticRoleCannotChange);

        var forbidden = await SingleNewRowAsync(admin,
            () => admin.SendAsync(HttpMethod.Delete, $"/api/host/tenants/{a.Id}"), HttpStatusCode.Forbidden);
        ShouldDescribe(forbidden, a.Id, AdminA, "DELETE", $"/api/host/tenants/{a.Id}", "DELETE api/host/tenants/{id:guid}", 403, FrameworkErrorCodes.Forbidden);

        var weak = await SingleNewRowAsync(admin,
            () => admin.SendAsync(HttpMethod.Post, "/api/identity/users", new { userName = "weakling", name = "weakling", password = "weakpass" }),
            HttpStatusCode.BadRequest);
        weak.ErrorCode.ShouldBe(PartyBuildingErrorCodes.Identity.PasswordTooWeak);
        weak.EntityChanges.ShouldBeEmpty("nothing was saved");
    }

    [Fact]
    public async Task Should_record_the_failed_login_for_the_host_When_credentials_are_wrong()
    {
        await CommitteesAsync();
        var host = await fixture.SharedHostAdminAsync();
        using var anonymous = fixture.CreateRawClient();

        var row = await SingleNewRowAsync(host,
            () => anonymous.PostAsJsonAsync("/api/account/login", new { tenant = CodeA, userName = AdminA, password = "Wrong#2026pb" }),
            HttpStatusCode.Unauthorized);

        row.HttpMethod.ShouldBe("POST");
        row.Action.ShouldBe("POST api/account/login");
        row.StatusCode.ShouldBe(401);
        row.ErrorCode.ShouldBe(PartyBuildingErrorCodes.Identity.InvalidCredentials);
    }

    [Fact]
    public async Task Should_record_the_refusal_When_a_committee_user_tries_to_switch_into_another_committee()
    {
        var (a, b) = await CommitteesAsync();
        var adminA = await fixture.SharedSessionAsync(CodeA, AdminA);
        var host = await fixture.SharedHostAdminAsync();

        var row = await SingleNewRowAsync(host,
            () => adminA.SendAsync(HttpMethod.Post, "/api/identity/users",
                new { userName = "planted", name = "planted", password = PlatformFixture.UserPassword }, tenant: b.Id.ToString()),
            HttpStatusCode.Forbidden);

        row.UserName.ShouldBe(AdminA);
        row.TenantId.ShouldBe(a.Id, "the row belongs to the committee of the user who tried");
        row.StatusCode.ShouldBe(403);
        row.ErrorCode.ShouldBe(PartyBuildingErrorCodes.Tenancy.SwitchNotAllowed);
    }

    [Fact]
    public async Task Should_record_the_refusal_When_an_unsafe_request_lacks_the_antiforgery_token()
    {
        var (a, _) = await CommitteesAsync();
        var reader = await fixture.SharedSessionAsync(CodeA, AdminA);
        using var forged = await RawSession.SignInAsync(fixture, CodeA, AdminA);

        var row = await SingleNewRowAsync(reader,
            () => forged.SendAsync(HttpMethod.Post, "/api/identity/roles", new { name = "forged", displayName = "forged" }),
            HttpStatusCode.BadRequest);

        ShouldDescribe(row, a.Id, AdminA, "POST", "/api/identity/roles", "POST api/identity/roles", 400, FrameworkErrorCodes.Antiforgery);
    }

    [Fact]
    public async Task Should_record_no_row_When_requests_only_read()
    {
        await CommitteesAsync();
        var admin = await fixture.SharedSessionAsync(CodeA, AdminA);
        var before = (await RowsAsync(admin)).Count;

        (await admin.SendAsync(HttpMethod.Get, "/api/identity/users")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.SendAsync(HttpMethod.Get, "/api/identity/roles")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.SendAsync(HttpMethod.Get, "/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await RowsAsync(admin)).Count.ShouldBe(before);
    }

    [Fact]
    public async Task Should_record_field_changes_with_the_phone_number_masked_When_a_user_is_created_and_updated()
    {
        var (a, _) = await CommitteesAsync();
        var admin = await fixture.SharedSessionAsync(CodeA, AdminA);

        UserDto? user = null;
        var creation = await SingleNewRowAsync(admin, async () =>
        {
            var response = await admin.SendAsync(HttpMethod.Post, "/api/identity/users", new
            {
                userName = "zhangsan",
                name = "张三",
                email = "zhangsan@example.com",
                phoneNumber = "13812345678",
                password = PlatformFixture.UserPassword,
                roleNames = new[] { RoleNames.Member },
            });
            user = await response.ReadAsync<UserDto>(HttpStatusCode.Created);
            return response;
        }, HttpStatusCode.Created);

        user!.PhoneNumber.ShouldBe("138****5678", "answers mask the phone number too");
        var created = creation.EntityChanges.Single(c => c.EntityType == nameof(AppUser) && c.ChangeType == ChangeKind.Created);
        created.EntityId.ShouldBe(user.Id.ToString());
        var props = created.PropertyChanges.ToDictionary(p => p.PropertyName);
        props["UserName"].NewValue.ShouldBe("zhangsan");
        props["Name"].NewValue.ShouldBe("张三");
        props["Name"].OriginalValue.ShouldBeNull();
        props["PhoneNumber"].NewValue.ShouldBe("138****5678");
        props["Email"].NewValue.ShouldNotBeNull().ShouldNotContain("zhangsan");
        props.Keys.ShouldNotContain("PasswordHash");
        props.Keys.ShouldNotContain("SecurityStamp");
        creation.EntityType.ShouldBe(nameof(AppUser));
        creation.EntityId.ShouldBe(user.Id.ToString());

        var update = await SingleNewRowAsync(admin, () => admin.SendAsync(HttpMethod.Put, $"/api/identity/users/{user.Id}", new
        {
            name = "张三丰",
            email = "zhangsan@example.com",
            phoneNumber = "13987654321",
            isActive = true,
            roleNames = new[] { RoleNames.Member },
            concurrencyStamp = user.ConcurrencyStamp,
        }), HttpStatusCode.OK);

        var changes = update.EntityChanges
            .Where(c => c.EntityType == nameof(AppUser) && c.ChangeType == ChangeKind.Updated && c.EntityId == user.Id.ToString())
            .SelectMany(c => c.PropertyChanges).ToDictionary(p => p.PropertyName);
        changes["Name"].OriginalValue.ShouldBe("张三");
        changes["Name"].NewValue.ShouldBe("张三丰");
        changes["PhoneNumber"].OriginalValue.ShouldBe("138****5678");
        changes["PhoneNumber"].NewValue.ShouldBe("139****4321");
        changes.Keys.ShouldNotContain("Email", "unchanged fields are not listed");
        changes.Keys.ShouldNotContain("IsActive", "unchanged fields are not listed");

        // The trail of the user, as the console's history view asks for it, holds the full numbers nowhere.
        var history = await admin.Http.GetAsync($"/api/audit-logs?entityType={nameof(AppUser)}&entityId={user.Id}");
        var raw = await history.Content.ReadAsStringAsync();
        history.StatusCode.ShouldBe(HttpStatusCode.OK);
        raw.ShouldNotContain("13812345678");
        raw.ShouldNotContain("13987654321");
        raw.ShouldNotContain("zhangsan@example.com");
        raw.ShouldNotContain(PlatformFixture.UserPassword);
        (await history.ReadAsync<Paged<AuditLogDto>>()).Items.Select(r => r.Id).ShouldBe([update.Id, creation.Id], ignoreOrder: true);
        _ = a;
    }

    [Fact]
    public async Task Should_show_each_committee_only_its_rows_and_the_host_all_When_the_trail_is_read()
    {
        var (a, b) = await CommitteesAsync();
        var adminA = await fixture.SharedSessionAsync(CodeA, AdminA);
        var adminB = await fixture.SharedSessionAsync(CodeB, AdminB);
        var host = await fixture.SharedHostAdminAsync();
        var rowA = await SingleNewRowAsync(adminA,
            () => adminA.SendAsync(HttpMethod.Post, "/api/identity/roles", new { name = "only-a", displayName = "A" }), HttpStatusCode.Created);
        var rowB = await SingleNewRowAsync(adminB,
            () => adminB.SendAsync(HttpMethod.Post, "/api/identity/roles", new { name = "only-b", displayName = "B" }), HttpStatusCode.Created);

        var seenByA = await RowsAsync(adminA);
        seenByA.ShouldAllBe(r => r.TenantId == a.Id);
        seenByA.Select(r => r.Id).ShouldContain(rowA.Id);
        seenByA.Select(r => r.Id).ShouldNotContain(rowB.Id);
        (await RowsAsync(adminA, $"&tenantId={b.Id}")).ShouldAllBe(r => r.TenantId == a.Id, "a committee cannot widen its view");
        (await RowsAsync(adminA, $"&userName={AdminB}")).ShouldBeEmpty();

        var seenByB = await RowsAsync(adminB);
        seenByB.ShouldAllBe(r => r.TenantId == b.Id);
        seenByB.Select(r => r.Id).ShouldContain(rowB.Id);

        var seenByHost = await RowsAsync(host);
        seenByHost.Select(r => r.Id).ShouldContain(rowA.Id);
        seenByHost.Select(r => r.Id).ShouldContain(rowB.Id);
        seenByHost.ShouldContain(r => r.TenantId == null, "the host's own writes (its sign-in) are there too");

        var onlyA = await RowsAsync(host, $"&tenantId={a.Id}");
        onlyA.ShouldAllBe(r => r.TenantId == a.Id);
        onlyA.Select(r => r.Id).ShouldContain(rowA.Id);

        var insideB = await host.ListAsync<AuditLogDto>("/api/audit-logs?maxResultCount=1000", tenant: CodeB);
        insideB.ShouldAllBe(r => r.TenantId == b.Id);
        insideB.Select(r => r.Id).ShouldContain(rowB.Id);
    }
}

public sealed class AuditTrailTestsOnSqlite(SqliteFixture fixture)
    : AuditTrailTests(fixture), IClassFixture<SqliteFixture>;

public sealed class AuditTrailTestsOnPostgreSql(PostgreSqlFixture fixture)
    : AuditTrailTests(fixture), IClassFixture<PostgreSqlFixture>;

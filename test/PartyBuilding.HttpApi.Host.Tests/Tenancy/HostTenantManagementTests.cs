using System.Net;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Support;
using PartyBuilding.Testing;
using Shouldly;
using Xunit;

namespace PartyBuilding.Tenancy;

/// <summary>Joint committees are managed by the organization department (host) only, through /api/host/tenants.</summary>
public abstract class HostTenantManagementTests(PlatformFixture fixture)
{
    private const string Route = "/api/host/tenants";

    private Task<TenantDto> CommitteeAsync() => fixture.SharedAsync("committee", () => fixture.CreateCommitteeAsync("ht-a"));

    private static object NewCommittee(string code, string? adminPassword = null) => new
    {
        code,
        name = $"{code} 联合党委",
        region = "临西县",
        timeZone = "Asia/Shanghai",
        isActive = true,
        adminUserName = $"{code}.admin",
        adminPassword = adminPassword ?? PlatformFixture.UserPassword,
    };

    private static object Update(TenantDto tenant, string? name = null, bool? isActive = null, string? concurrencyStamp = null) => new
    {
        name = name ?? tenant.Name,
        region = tenant.Region,
        timeZone = tenant.TimeZone,
        isActive = isActive ?? tenant.IsActive,
        concurrencyStamp = concurrencyStamp ?? tenant.ConcurrencyStamp,
    };

    [Fact]
    public async Task Should_answer_403_ProblemDetails_When_a_committee_user_calls_the_host_routes()
    {
        var committee = await CommitteeAsync();
        var admin = await fixture.SharedSessionAsync(committee.Code, $"{committee.Code}.admin");
        var forbidden = new (HttpMethod Method, string Url, object? Body)[]
        {
            (HttpMethod.Get, Route, null),
            (HttpMethod.Get, $"{Route}/{committee.Id}", null),
            (HttpMethod.Post, Route, NewCommittee("ht-by-committee")),
            (HttpMethod.Put, $"{Route}/{committee.Id}", Update(committee, name: "renamed by its own admin")),
            (HttpMethod.Delete, $"{Route}/{committee.Id}", null),
        };

        foreach (var (method, url, body) in forbidden)
        {
            await (await admin.SendAsync(method, url, body)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, FrameworkErrorCodes.Forbidden);
        }

        var host = await fixture.SharedHostAdminAsync();
        var unchanged = await (await host.SendAsync(HttpMethod.Get, $"{Route}/{committee.Id}")).ReadAsync<TenantDto>();
        unchanged.Name.ShouldBe(committee.Name);
        unchanged.ConcurrencyStamp.ShouldBe(committee.ConcurrencyStamp);
        (await host.ListAsync<TenantDto>($"{Route}?filter=ht-by-committee")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_create_list_get_update_and_delete_a_committee_When_the_host_admin_manages_it()
    {
        var host = await fixture.SharedHostAdminAsync();

        var created = await host.SendAsync(HttpMethod.Post, Route, NewCommittee("ht-crud"));
        var tenant = await created.ReadAsync<TenantDto>(HttpStatusCode.Created);
        created.Headers.Location!.ToString().ShouldBe($"{Route}/{tenant.Id}");
        tenant.Code.ShouldBe("ht-crud");
        tenant.Region.ShouldBe("临西县");
        tenant.IsActive.ShouldBeTrue();
        tenant.ConcurrencyStamp.ShouldNotBeNullOrWhiteSpace();

        (await host.ListAsync<TenantDto>($"{Route}?maxResultCount=1000")).Select(t => t.Id).ShouldContain(tenant.Id);
        (await (await host.SendAsync(HttpMethod.Get, $"{Route}/{tenant.Id}")).ReadAsync<TenantDto>()).Code.ShouldBe("ht-crud");

        var updated = await (await host.SendAsync(HttpMethod.Put, $"{Route}/{tenant.Id}", Update(tenant, name: "新名称联合党委")))
            .ReadAsync<TenantDto>();
        updated.Name.ShouldBe("新名称联合党委");
        updated.ConcurrencyStamp.ShouldNotBe(tenant.ConcurrencyStamp);
        (await (await host.SendAsync(HttpMethod.Get, $"{Route}/{tenant.Id}")).ReadAsync<TenantDto>()).Name.ShouldBe("新名称联合党委");

        (await host.SendAsync(HttpMethod.Delete, $"{Route}/{tenant.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await host.ListAsync<TenantDto>($"{Route}?maxResultCount=1000")).Select(t => t.Id).ShouldNotContain(tenant.Id);
        await (await host.SendAsync(HttpMethod.Get, $"{Route}/{tenant.Id}"))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, FrameworkErrorCodes.EntityNotFound);
        await (await fixture.CreateSession().LoginAsync("ht-crud", "ht-crud.admin", PlatformFixture.UserPassword))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized, PartyBuildingErrorCodes.Identity.InvalidCredentials);
    }

    [Fact]
    public async Task Should_answer_409_ConcurrencyConflict_When_the_update_carries_a_stale_concurrency_stamp()
    {
        var host = await fixture.SharedHostAdminAsync();
        var tenant = await (await host.SendAsync(HttpMethod.Post, Route, NewCommittee("ht-stale"))).ReadAsync<TenantDto>(HttpStatusCode.Created);
        var first = await (await host.SendAsync(HttpMethod.Put, $"{Route}/{tenant.Id}", Update(tenant, name: "first edit"))).ReadAsync<TenantDto>();

        await (await host.SendAsync(HttpMethod.Put, $"{Route}/{tenant.Id}", Update(tenant, name: "second edit on a stale copy")))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, FrameworkErrorCodes.ConcurrencyConflict);

        var stored = await (await host.SendAsync(HttpMethod.Get, $"{Route}/{tenant.Id}")).ReadAsync<TenantDto>();
        stored.Name.ShouldBe("first edit");
        stored.ConcurrencyStamp.ShouldBe(first.ConcurrencyStamp);
    }

    [Fact]
    public async Task Should_answer_409_CodeAlreadyExists_When_the_code_is_taken()
    {
        var existing = await CommitteeAsync();
        var host = await fixture.SharedHostAdminAsync();

        await (await host.SendAsync(HttpMethod.Post, Route, NewCommittee(existing.Code)))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, PartyBuildingErrorCodes.Tenancy.CodeAlreadyExists);

        (await host.ListAsync<TenantDto>($"{Route}?filter={existing.Code}")).Select(t => t.Id).ShouldBe([existing.Id]);
    }

    [Theory]
    [InlineData("Linxi")]
    [InlineData("LX-01")]
    [InlineData("-linxi")]
    [InlineData("lin xi")]
    [InlineData("linxi_01")]
    public async Task Should_answer_400_with_errors_code_When_the_code_breaks_the_pattern(string code)
    {
        var host = await fixture.SharedHostAdminAsync();

        var problem = await (await host.SendAsync(HttpMethod.Post, Route, NewCommittee(code)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, FrameworkErrorCodes.ValidationFailed);

        problem.Errors.ShouldNotBeNull().Keys.ShouldContain("code");
        (await host.ListAsync<TenantDto>($"{Route}?filter={Uri.EscapeDataString(code.ToLowerInvariant())}")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_refuse_login_and_end_open_sessions_When_the_committee_is_deactivated()
    {
        var host = await fixture.SharedHostAdminAsync();
        var tenant = await (await host.SendAsync(HttpMethod.Post, Route, NewCommittee("ht-off"))).ReadAsync<TenantDto>(HttpStatusCode.Created);
        using var session = await fixture.SignInAsync("ht-off", "ht-off.admin");
        var token = await fixture.GetTokenAsync("ht-off", "ht-off.admin");

        (await host.SendAsync(HttpMethod.Put, $"{Route}/{tenant.Id}", Update(tenant, isActive: false))).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await session.Http.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await Problem.ReadAsync(await session.Http.GetAsync("/api/identity/users"));
        (await session.Http.GetAsync("/api/identity/users")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var bearer = fixture.CreateRawClient();
        bearer.DefaultRequestHeaders.Authorization = new("Bearer", token.AccessToken);
        (await bearer.GetAsync("/api/identity/users")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        await (await fixture.CreateSession().LoginAsync("ht-off", "ht-off.admin", PlatformFixture.UserPassword))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized, PartyBuildingErrorCodes.Identity.InvalidCredentials);

        // Reactivated, the committee's admin signs in again: the refusal was about the committee's state.
        var inactive = await (await host.SendAsync(HttpMethod.Get, $"{Route}/{tenant.Id}")).ReadAsync<TenantDto>();
        inactive.IsActive.ShouldBeFalse();
        (await host.SendAsync(HttpMethod.Put, $"{Route}/{tenant.Id}", Update(inactive, isActive: true))).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var again = await fixture.SignInAsync("ht-off", "ht-off.admin");
    }

    [Fact]
    public async Task Should_leave_the_list_and_refuse_its_sessions_When_a_committee_is_deleted()
    {
        var host = await fixture.SharedHostAdminAsync();
        var tenant = await (await host.SendAsync(HttpMethod.Post, Route, NewCommittee("ht-gone"))).ReadAsync<TenantDto>(HttpStatusCode.Created);
        using var session = await fixture.SignInAsync("ht-gone", "ht-gone.admin");

        (await host.SendAsync(HttpMethod.Delete, $"{Route}/{tenant.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await host.ListAsync<TenantDto>($"{Route}?maxResultCount=1000")).Select(t => t.Code).ShouldNotContain("ht-gone");
        (await host.ListAsync<TenantDto>($"{Route}?filter=ht-gone")).ShouldBeEmpty();
        (await session.Http.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await (await host.SendAsync(HttpMethod.Get, "/api/identity/users", tenant: "ht-gone"))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, PartyBuildingErrorCodes.Tenancy.TenantNotFound);
    }
}

public sealed class HostTenantManagementTestsOnSqlite(SqliteFixture fixture)
    : HostTenantManagementTests(fixture), IClassFixture<SqliteFixture>;

public sealed class HostTenantManagementTestsOnPostgreSql(PostgreSqlFixture fixture)
    : HostTenantManagementTests(fixture), IClassFixture<PostgreSqlFixture>;

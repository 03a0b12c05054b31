using System.Net;
using PartyBuilding.Framework.Text;
using PartyBuilding.Identity;
using PartyBuilding.Members;
using PartyBuilding.Permissions;
using PartyBuilding.Support;
using PartyBuilding.Testing;
using Shouldly;
using Xunit;

namespace PartyBuilding.Reliability;

/// <summary>
/// No clear ID number leaves the API for a user without <see cref="PartyBuildingPermissions.Members.Unmask"/>
/// (granted to the committee admin only): an officer who reaches the whole committee, a branch secretary and a
/// member call every GET route of the OpenAPI document with the committee's ids, exports included, and every body
/// is scanned. The admin's unmask and export show the numbers, so the scan is proven to find them.
/// </summary>
public abstract class ClearIdResponseTests(PlatformFixture fixture)
{
    private const string Code = "clr";

    [Fact]
    public async Task Should_answer_no_clear_ID_number_to_users_without_the_unmask_permission_on_any_GET_route()
    {
        var tree = await fixture.CreateTreeAsync(Code);
        using var admin = await fixture.SignInAsync(Code, $"{Code}.admin");
        var members = new List<MemberDto>();
        var clear = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var birthDate = new DateOnly(1970 + (5 * i), 1 + i, 3 + i);
            var body = MemberTestData.NewMember($"明文{i}", i < 3 ? tree.BranchA : tree.BranchB, birthDate, 201 + i, phone: $"1380000{i:D4}");
            members.Add(await (await admin.SendAsync(HttpMethod.Post, "/api/members", body)).ReadAsync<MemberDto>(HttpStatusCode.Created));
            clear.Add((string)body["idNumber"]!);
        }

        await fixture.CreateUserAsync(tree.TenantId, $"{Code}.officer", RoleNames.CommitteeOfficer);
        await fixture.CreatePlacedUserAsync(tree.TenantId, $"{Code}.secretary", RoleNames.BranchSecretary, tree.BranchA);
        await fixture.CreatePlacedUserAsync(tree.TenantId, $"{Code}.member", RoleNames.Member, null, members[0].Id);
        var ids = await IdsByRouteAsync(admin, tree, members);
        var routes = (await OpenApiRoutes.LoadAsync(fixture)).Where(r => r.Method == HttpMethod.Get && r.Template.StartsWith("/api/", StringComparison.Ordinal)).ToList();

        // The import template carries made-up sample people with valid numbers (MemberDemoRows), on purpose: the scan
        // leaves exactly those out, and they are none of the committee's.
        using var template = await admin.Http.GetAsync("/api/members/import/template");
        var samples = ClearIdNumbers.In(ClearIdNumbers.TextOf(await template.Content.ReadAsByteArrayAsync()));
        samples.ShouldNotBeEmpty();
        samples.ShouldNotContain(n => clear.Contains(n));
        var scan = new Scan(clear, samples);
        foreach (var userName in new[] { $"{Code}.officer", $"{Code}.secretary", $"{Code}.member" })
        {
            using var user = await fixture.SignInAsync(Code, userName);
            (await user.GetJsonAsync<CurrentUserDto>("/api/account/me")).Permissions.ShouldNotContain(PartyBuildingPermissions.Members.Unmask);
            foreach (var route in routes)
            {
                foreach (var url in Urls(route, ids, tree))
                {
                    await scan.CallAsync(user, route, url);
                }
            }
        }

        // The admin may unmask: the same scan finds the numbers in the unmasked record and in the export.
        var revealed = new Scan(clear, samples);
        foreach (var member in members)
        {
            await revealed.CallAsync(admin, null, $"/api/members/{member.Id}?unmask=true");
        }

        await revealed.CallAsync(admin, null, "/api/members/export");

        ReliabilityReport.Record("clear-id-responses", fixture.Provider,
            $"{scan.Responses} answers to 3 users without {PartyBuildingPermissions.Members.Unmask} on {routes.Count} GET routes, "
            + $"{scan.Hits.Count} clear ID numbers; the admin's unmask and export showed {revealed.Found.Count} of {clear.Count}",
            new Dictionary<string, long>
            {
                ["getRoutes"] = routes.Count,
                ["responses"] = scan.Responses,
                ["answered2xx"] = scan.Answered,
                ["refused4xx"] = scan.Refused,
                ["answered5xx"] = scan.ServerErrors.Count,
                ["spreadsheetsUnzipped"] = scan.Spreadsheets,
                ["bytesScanned"] = scan.Bytes,
                ["clearIdNumbersFound"] = scan.Hits.Count,
                ["clearIdNumbersShownToTheAdmin"] = revealed.Found.Count,
                ["madeUpSampleNumbersInTheImportTemplate"] = samples.Count,
            });

        scan.Hits.ShouldBeEmpty();
        scan.ServerErrors.ShouldBeEmpty();
        scan.AnsweredRoutes.ShouldContain("GET /api/members/export", "the officer's export was scanned");
        scan.AnsweredRoutes.ShouldContain("GET /api/members/{id}");
        scan.AnsweredRoutes.ShouldContain("GET /api/members/me");
        scan.Spreadsheets.ShouldBeGreaterThanOrEqualTo(2, "the officer's and the secretary's exports were unzipped and scanned");
        revealed.Found.ShouldBe(clear, ignoreOrder: true);
        revealed.Spreadsheets.ShouldBe(1);
    }

    /// <summary>Ids of the committee for each route prefix that takes one.</summary>
    private static async Task<Dictionary<string, List<string>>> IdsByRouteAsync(SessionClient admin, MemberTestTree tree, List<MemberDto> members)
    {
        var users = await admin.ListAsync<UserDto>("/api/identity/users");
        var roles = await admin.ListAsync<RoleDto>("/api/identity/roles");
        return new Dictionary<string, List<string>>(StringComparer.Ordinal)
        {
            ["/api/members/"] = members.Select(m => m.Id.ToString()).ToList(),
            ["/api/organizations/"] = new[] { tree.Root, tree.BranchA, tree.GroupA, tree.BranchB }.Select(g => g.ToString()).ToList(),
            ["/api/identity/users/"] = users.Select(u => u.Id.ToString()).ToList(),
            ["/api/identity/roles/"] = roles.Select(r => r.Id.ToString()).ToList(),
            ["/api/host/tenants/"] = [tree.TenantId.ToString()],
        };
    }

    /// <summary>
    /// The route's URLs with the committee's ids of the first path parameter (any further one gets an unknown id)
    /// and the organisation and period query parameters filled in; a route that can unmask is also asked to.
    /// </summary>
    private static IEnumerable<string> Urls(ApiOperation route, Dictionary<string, List<string>> ids, MemberTestTree tree)
    {
        var query = string.Join("&", route.QueryParameters.Select(p => p switch
        {
            "organizationId" => $"{p}={tree.Root}",
            "year" => $"{p}=2026",
            _ => null,
        }).OfType<string>());
        string[] suffixes = route.QueryParameters.Contains("unmask")
            ? [Query(query), Query(query, "unmask=true")]
            : [Query(query)];
        var paths = new List<string>();
        if (route.PathParameters.Count == 0)
        {
            paths.Add(route.Template);
        }
        else
        {
            var prefix = route.Template[..route.Template.IndexOf('{', StringComparison.Ordinal)];
            foreach (var id in ids.TryGetValue(prefix, out var known) ? known : [Guid.NewGuid().ToString()])
            {
                var path = route.Template.Replace("{" + route.PathParameters[0].Name + "}", id, StringComparison.Ordinal);
                paths.Add(route.PathParameters.Skip(1).Aggregate(path, (url, other) =>
                    url.Replace("{" + other.Name + "}", Guid.NewGuid().ToString(), StringComparison.Ordinal)));
            }
        }

        return paths.SelectMany(path => suffixes.Select(suffix => path + suffix));
    }

    private static string Query(params string[] parts) =>
        parts.Where(p => p.Length > 0).ToList() is { Count: > 0 } nonEmpty ? "?" + string.Join("&", nonEmpty) : "";

    private sealed class Scan(IReadOnlyList<string> created, IReadOnlyList<string> samples)
    {
        public int Responses { get; private set; }

        public int Answered { get; private set; }

        public int Refused { get; private set; }

        public int Spreadsheets { get; private set; }

        public long Bytes { get; private set; }

        public List<string> ServerErrors { get; } = [];

        public HashSet<string> AnsweredRoutes { get; } = [];

        /// <summary>Where a clear number was found, with the number masked.</summary>
        public List<string> Hits { get; } = [];

        public HashSet<string> Found { get; } = [];

        public async Task CallAsync(SessionClient user, ApiOperation? route, string url)
        {
            using var response = await user.Http.GetAsync(url);
            var body = await response.Content.ReadAsByteArrayAsync();
            var status = (int)response.StatusCode;
            Responses++;
            Bytes += body.Length;
            Answered += status is >= 200 and < 300 ? 1 : 0;
            Refused += status is >= 400 and < 500 ? 1 : 0;
            if (status >= 500)
            {
                ServerErrors.Add($"{status} GET {url}");
            }
            else if (status is >= 200 and < 300 && route is not null)
            {
                AnsweredRoutes.Add(route.ToString());
            }

            Spreadsheets += ClearIdNumbers.IsZip(body) ? 1 : 0;
            var text = ClearIdNumbers.TextOf(body);
            var numbers = ClearIdNumbers.In(text).Except(samples)
                .Concat(created.Where(n => text.Contains(n, StringComparison.OrdinalIgnoreCase))).Distinct();
            foreach (var number in numbers)
            {
                Found.Add(number);
                Hits.Add($"{status} GET {url}: {Masking.Mask(number)}");
            }
        }
    }
}

public sealed class ClearIdResponseTestsOnSqlite(SqliteFixture fixture)
    : ClearIdResponseTests(fixture), IClassFixture<SqliteFixture>;

public sealed class ClearIdResponseTestsOnPostgreSql(PostgreSqlFixture fixture)
    : ClearIdResponseTests(fixture), IClassFixture<PostgreSqlFixture>;

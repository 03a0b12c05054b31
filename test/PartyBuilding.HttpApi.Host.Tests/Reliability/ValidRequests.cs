using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using PartyBuilding.Files;
using PartyBuilding.Identity;
using PartyBuilding.Support;
using PartyBuilding.Testing;

namespace PartyBuilding.Reliability;

/// <summary>
/// A body each write route of the API accepts, made from the current state of a committee's world: an update
/// sends back what a read of the record answers, an action its concurrency stamp, a create fresh values. Routes
/// of the organization department read through the host admin's session.
/// </summary>
public sealed class ValidRequests(CommitteeWorld world, SessionClient host)
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    /// <summary>The body of <paramref name="operation"/> at <paramref name="url"/> (null: the route takes none).</summary>
    public async Task<HttpContent?> ContentAsync(ApiOperation operation, string url) =>
        operation.TakesForm ? await FormAsync(operation, url)
        : await JsonAsync(operation, url) is { } json ? Json(json)
        : null;

    public static HttpContent Json(JsonNode body) => new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");

    /// <summary>The JSON body of <paramref name="operation"/> at <paramref name="url"/>, or null for a route without one.</summary>
    public async Task<JsonNode?> JsonAsync(ApiOperation operation, string url)
    {
        if (!operation.TakesJson)
        {
            return null;
        }

        var segments = url.Split('/');
        var owner = string.Join('/', segments[..^1]);
        var client = url.StartsWith("/api/host", StringComparison.Ordinal) ? host : world.Admin;
        return (operation.Method.Method, operation.Template) switch
        {
            ("PUT", "/api/settings") => new JsonArray(new JsonObject { ["name"] = world.CustomSetting.Name, ["value"] = world.CustomSetting.Value }),
            ("PUT", "/api/members/{id}" or "/api/identity/users/{id}") => KeepMaskedValues(await ReadAsync(client, url)),
            ("PUT", "/api/identity/roles/{id}/permissions") => new JsonObject { ["permissions"] = (await ReadAsync(client, owner))["permissions"]!.DeepClone() },
            ("PUT", "/api/organization-categories/{id}" or "/api/meeting-rules/{id}" or "/api/organizations/{id}/committee-terms/{termId}") =>
                await ItemOfListAsync(client, owner, segments[^1]),
            ("PUT", _) => await ReadAsync(client, url),
            ("POST", "/api/meetings/{id}/submit" or "/api/activities/{id}/submit") => Stamp(await ReadAsync(client, owner)),
            ("POST", "/api/activities/{id}/review") => With(Stamp(await ReadAsync(client, owner)), ("decision", "Return"), ("comment", world.Marker())),
            ("POST", "/api/organizations/{id}/move") => With(Stamp(await ReadAsync(client, owner)), ("parentId", (await ReadAsync(client, owner))["parentId"]?.DeepClone())),
            ("POST", "/api/member-transfers/{id}/complete") => Node(new { receiptConfirmedOn = Today, memberId = world.Members[0] }),
            ("POST", "/api/members/{id}/stage-transitions") => Node(new { action = "RecordTalk", effectiveOn = Today.AddDays(-1) }),
            ("POST", "/api/organizations/{id}/committee-terms") => Node(new { startsOn = new DateOnly(2020, 1, 1), endsOn = new DateOnly(2022, 12, 31), notes = world.Marker() }),
            ("POST", "/api/jobs/{name}/trigger") => Node(new { tenantId = world.Tenant.Id, period = Today.AddDays(-1).ToString("yyyy-MM-dd") }),
            ("POST", _) => Create(operation.Template),
            _ => throw new InvalidOperationException($"No valid body is known for {operation}: add one to {nameof(ValidRequests)}."),
        };
    }

    private JsonNode Create(string collection) => collection switch
    {
        "/api/host/tenants" => Node(new
        {
            code = world.Marker().ToLowerInvariant(), name = world.Marker(), adminUserName = "admin", adminPassword = PlatformFixture.UserPassword,
        }),
        "/api/organization-categories" => Node(new { name = world.Marker(), kind = "Other", sortOrder = 5 }),
        "/api/organizations" => Node(new { parentId = world.Root, type = "Branch", name = world.Marker(), establishedOn = new DateOnly(2020, 1, 1) }),
        "/api/members" => Member(),
        "/api/member-transfers" => Node(new
        {
            direction = "Incoming", organizationId = world.Branch, personName = world.Marker(), counterparty = world.Marker(), issuedOn = Today,
        }),
        "/api/meeting-rules" => Node(new
        {
            meetingType = "PartyLesson", periodKind = "Year", requiredCount = 1, appliesTo = new[] { "PartyCommittee" }, citation = world.Marker(),
        }),
        "/api/meeting-exemptions" => Node(new { organizationId = world.SpareBranch, period = "2026-Q1", reason = world.Marker() }),
        "/api/meetings" => Node(new
        {
            organizationId = world.Branch, types = new[] { "PartyLesson" }, startsAt = new DateTime(2026, 11, 20, 1, 0, 0, DateTimeKind.Utc),
            endsAt = new DateTime(2026, 11, 20, 3, 0, 0, DateTimeKind.Utc), mode = "Offline", topic = world.Marker(),
            attendees = new[] { new { memberId = world.Members[0], status = "Present" } },
        }),
        "/api/identity/roles" => Node(new { name = world.Marker(), displayName = world.Marker() }),
        "/api/identity/users" => Node(new
        {
            userName = world.Marker().ToLowerInvariant(), name = world.Marker(), password = PlatformFixture.UserPassword,
            roleNames = new[] { RoleNames.CommitteeOfficer },
        }),
        "/api/activities" => Node(new
        {
            organizationId = world.Branch, title = world.Marker(), startsAt = new DateTime(2026, 11, 18, 1, 0, 0, DateTimeKind.Utc),
            categoryId = world.ActivityCategory, requirement = "Optional", mode = "Offline", memberIds = new[] { world.Members[0] },
        }),
        "/api/activity-categories" => Node(new { name = world.Marker(), group = "Special", sortOrder = 50, isActive = true }),
        "/api/account/login" or "/api/account/token" => Node(new { tenant = world.Code, userName = world.AdminUserName, password = PlatformFixture.UserPassword }),
        "/api/account/refresh" => Node(new { refreshToken = world.Marker() }),
        _ => throw new InvalidOperationException($"No valid body is known for POST {collection}: add one to {nameof(ValidRequests)}."),
    };

    private JsonNode Member()
    {
        var idNumber = CommitteeWorld.NextIdNumber();
        var body = Members.MemberTestData.NewMember(world.Marker(), world.Branch, new DateOnly(1985, 5, 5), 1);
        body["idNumber"] = idNumber;
        body["gender"] = Members.IdNumber.GenderOf(idNumber)!.Value.ToString();
        return Node(body);
    }

    /// <summary>A multipart form the route accepts: a small PNG, or for an import the route's own template, validated only.</summary>
    private async Task<HttpContent> FormAsync(ApiOperation operation, string url)
    {
        if (url.EndsWith("/import", StringComparison.Ordinal))
        {
            var template = await world.Admin.Http.GetByteArrayAsync(url + "/template");
            return new MultipartFormDataContent
            {
                { File(template, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "file", "import.xlsx" },
                { new StringContent("true"), "dryRun" },
            };
        }

        var form = new MultipartFormDataContent { { File(SampleFiles.Png, "image/png"), "file", $"{world.Marker()}.png" } };
        if (operation.Template.EndsWith("/attachments", StringComparison.Ordinal))
        {
            form.Add(new StringContent("Photo"), "kind");
        }

        return form;
    }

    private static ByteArrayContent File(byte[] content, string type)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(type);
        return file;
    }

    private static async Task<JsonObject> ReadAsync(SessionClient client, string url) => await client.GetJsonAsync<JsonObject>(url);

    private static async Task<JsonObject> ItemOfListAsync(SessionClient client, string listUrl, string id)
    {
        var list = JsonNode.Parse(await client.Http.GetStringAsync(listUrl))!.AsArray();
        return list.Single(item => string.Equals(item!["id"]!.GetValue<string>(), id, StringComparison.OrdinalIgnoreCase))!.AsObject().DeepClone().AsObject();
    }

    private static JsonObject Stamp(JsonObject record) => new() { ["concurrencyStamp"] = record["concurrencyStamp"]!.DeepClone() };

    private static JsonObject With(JsonObject body, params (string Name, JsonNode? Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            body[name] = value;
        }

        return body;
    }

    /// <summary>
    /// Turns a read record into its update: answers carry ID and phone numbers masked, and an update leaves out
    /// (null) what it keeps as stored.
    /// </summary>
    public static JsonObject KeepMaskedValues(JsonObject record)
    {
        foreach (var masked in new[] { "idNumber", "phone", "phoneNumber" })
        {
            record.Remove(masked);
        }

        return record;
    }

    private static JsonNode Node(object value) => System.Text.Json.JsonSerializer.SerializeToNode(value, SessionClient.Json)!;
}

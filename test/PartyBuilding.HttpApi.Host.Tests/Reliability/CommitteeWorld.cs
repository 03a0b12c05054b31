using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Files;
using PartyBuilding.Identity;
using PartyBuilding.Inspections;
using PartyBuilding.Members;
using PartyBuilding.Support;
using PartyBuilding.Tenancy;
using PartyBuilding.Testing;
using Shouldly;

namespace PartyBuilding.Reliability;

/// <summary>
/// A committee with something of every kind the API exposes, built through the API by its admin, with a marker
/// (<see cref="MarkerPrefix"/> and a counter) in every text field that can hold one, so an answer that shows
/// any of it to another committee is caught by a plain text search.
/// </summary>
public sealed class CommitteeWorld
{
    private static readonly DateOnly Established = new(2010, 1, 1);
    private static int _idNumberSequence;
    private int _markers;

    private CommitteeWorld(TenantDto tenant, string markerPrefix, SessionClient admin)
    {
        Tenant = tenant;
        MarkerPrefix = markerPrefix;
        Admin = admin;
    }

    public TenantDto Tenant { get; }

    public string Code => Tenant.Code;

    public string AdminUserName => $"{Code}.admin";

    /// <summary>The start of every marker; answers are searched for it case-insensitively.</summary>
    public string MarkerPrefix { get; }

    /// <summary>The committee admin's session: every committee permission, the whole committee in reach.</summary>
    public SessionClient Admin { get; }

    public RouteIds Ids { get; } = new();

    /// <summary>The top of the tree, a branch with a party group and a committee term, and a second, empty branch.</summary>
    public Guid Root { get; private set; }

    public Guid Branch { get; private set; }

    public Guid Group { get; private set; }

    public Guid SpareBranch { get; private set; }

    /// <summary>Full members of the branch, and an applicant in the pipeline.</summary>
    public IReadOnlyList<Guid> Members { get; private set; } = [];

    public Guid Applicant { get; private set; }

    public Guid OrganizationCategory { get; private set; }

    public Guid ActivityCategory { get; private set; }

    /// <summary>A submitted meeting (edited with a reason since) and a draft, each with an attachment.</summary>
    public Guid SubmittedMeeting { get; private set; }

    public Guid DraftMeeting { get; private set; }

    /// <summary>An activity returned with a comment and a draft, each with an attachment.</summary>
    public Guid ReturnedActivity { get; private set; }

    public Guid DraftActivity { get; private set; }

    public Guid IncomingTransfer { get; private set; }

    public Guid SecretaryUser { get; private set; }

    public Guid CustomRole { get; private set; }

    /// <summary>A committee setting changed from its default: (name, value).</summary>
    public (string Name, int Value) CustomSetting { get; private set; }

    public string Marker() => $"{MarkerPrefix}{Interlocked.Increment(ref _markers):D3}";

    public static async Task<CommitteeWorld> BuildAsync(PlatformFixture fixture, string code, string markerPrefix)
    {
        var tenant = await fixture.CreateCommitteeAsync(code);
        var world = new CommitteeWorld(tenant, markerPrefix, await fixture.SignInAsync(code, $"{code}.admin"));
        await world.FillAsync(fixture);
        return world;
    }

    /// <summary>A valid, unused ID number (GB 11643) for a member of any world.</summary>
    public static string NextIdNumber() =>
        MemberTestData.IdNumberFor(new DateOnly(1985, 5, 5), Interlocked.Increment(ref _idNumberSequence) % 1000);

    private async Task FillAsync(PlatformFixture fixture)
    {
        Ids.Add(IdKind.Tenant, Tenant.Id);
        OrganizationCategory = await CreateAsync("/api/organization-categories", new { name = Marker(), kind = "Other", sortOrder = 1 });
        await AddAllAsync(IdKind.OrganizationCategory, "/api/organization-categories");

        Root = await CreateOrganizationAsync("PartyCommittee", null);
        Branch = await CreateOrganizationAsync("Branch", Root);
        Group = await CreateOrganizationAsync("PartyGroup", Branch);
        SpareBranch = await CreateOrganizationAsync("Branch", Root);
        await UploadAsync(HttpMethod.Put, $"/api/organizations/{Branch}/brand-logo", "logo.png", null, HttpStatusCode.NoContent);

        var members = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            members.Add(await CreateMemberAsync("Full", i == 0 ? Group : null));
        }

        Members = members;
        Applicant = await CreateMemberAsync("Applicant", null);
        await UploadAsync(HttpMethod.Put, $"/api/members/{members[0]}/photo", "photo.png", null, HttpStatusCode.NoContent);
        var edited = await GetNodeAsync($"/api/members/{members[1]}");
        ValidRequests.KeepMaskedValues(edited);
        edited["job"] = Marker();
        edited["changeReason"] = Marker();
        await SendOkAsync(HttpMethod.Put, $"/api/members/{members[1]}", edited);
        await SendOkAsync(HttpMethod.Post, $"/api/members/{Applicant}/stage-transitions", new
        {
            action = "RecordTalk",
            effectiveOn = new DateOnly(2026, 10, 20),
            decidingMeeting = Marker(),
            reason = Marker(),
        });

        var term = await CreateAsync($"/api/organizations/{Branch}/committee-terms", new
        {
            startsOn = new DateOnly(2026, 1, 1),
            notes = Marker(),
            members = new[] { new { post = "Secretary", postTitle = Marker(), name = Marker(), memberId = members[0] } },
        });
        Ids.Add(IdKind.CommitteeTerm, term, Branch);

        Ids.Add(IdKind.MemberTransfer, await CreateAsync("/api/member-transfers", new
        {
            direction = "Outgoing", organizationId = Branch, memberId = members[2], letterNumber = Marker(), counterparty = Marker(),
            issuedOn = new DateOnly(2026, 11, 1), notes = Marker(),
        }));
        IncomingTransfer = await CreateAsync("/api/member-transfers", new
        {
            direction = "Incoming", organizationId = Branch, personName = Marker(), letterNumber = Marker(), counterparty = Marker(),
            issuedOn = new DateOnly(2026, 11, 2), notes = Marker(),
        });
        Ids.Add(IdKind.MemberTransfer, IncomingTransfer);

        var rule = (await Admin.GetJsonAsync<List<JsonObject>>("/api/meeting-rules"))[0];
        rule["citation"] = Marker();
        await SendOkAsync(HttpMethod.Put, $"/api/meeting-rules/{rule["id"]}", rule);
        await AddAllAsync(IdKind.MeetingRule, "/api/meeting-rules");
        Ids.Add(IdKind.MeetingExemption, await CreateAsync("/api/meeting-exemptions", new
        {
            organizationId = SpareBranch, period = "2026-03", reason = Marker(),
        }));

        SubmittedMeeting = await CreateMeetingAsync(new DateTime(2026, 11, 5, 1, 0, 0, DateTimeKind.Utc));
        var submitted = await SendOkAsync(HttpMethod.Post, $"/api/meetings/{SubmittedMeeting}/submit",
            new { concurrencyStamp = (await GetNodeAsync($"/api/meetings/{SubmittedMeeting}"))["concurrencyStamp"]!.GetValue<string>() });
        submitted["topic"] = Marker();
        submitted["editReason"] = Marker();
        await SendOkAsync(HttpMethod.Put, $"/api/meetings/{SubmittedMeeting}", submitted);
        DraftMeeting = await CreateMeetingAsync(new DateTime(2026, 11, 12, 1, 0, 0, DateTimeKind.Utc));

        ActivityCategory = await CreateAsync("/api/activity-categories", new { name = Marker(), group = "Field", sortOrder = 99, isActive = true });
        await AddAllAsync(IdKind.ActivityCategory, "/api/activity-categories");
        ReturnedActivity = await CreateActivityAsync();
        var activity = await SendOkAsync(HttpMethod.Post, $"/api/activities/{ReturnedActivity}/submit",
            new { concurrencyStamp = (await GetNodeAsync($"/api/activities/{ReturnedActivity}"))["concurrencyStamp"]!.GetValue<string>() });
        await SendOkAsync(HttpMethod.Post, $"/api/activities/{ReturnedActivity}/review",
            new { decision = "Return", comment = Marker(), concurrencyStamp = activity["concurrencyStamp"]!.GetValue<string>() });
        DraftActivity = await CreateActivityAsync();

        await fixture.InTenantAsync(Tenant.Id, sp => sp.GetRequiredService<DailyInspection>().RunAsync(new DateOnly(2026, 11, 22), CancellationToken.None));

        SecretaryUser = await CreateAsync("/api/identity/users", new
        {
            userName = Marker().ToLowerInvariant(), name = Marker(), email = $"{Marker()}@example.com", phoneNumber = "13800000001",
            password = PlatformFixture.UserPassword, roleNames = new[] { RoleNames.BranchSecretary }, organizationId = Branch,
        });
        await CreateAsync("/api/identity/users", new
        {
            userName = Marker().ToLowerInvariant(), name = Marker(), password = PlatformFixture.UserPassword,
            roleNames = new[] { RoleNames.Member }, memberId = members[0],
        });
        await AddAllAsync(IdKind.User, "/api/identity/users?maxResultCount=1000");
        CustomRole = await CreateAsync("/api/identity/roles", new { name = Marker(), displayName = Marker() });
        await SendOkAsync(HttpMethod.Put, $"/api/identity/roles/{CustomRole}/permissions", new { permissions = new[] { PartyBuilding.Permissions.PartyBuildingPermissions.Organizations.Default } });
        await AddAllAsync(IdKind.Role, "/api/identity/roles");

        var setting = (await Admin.GetJsonAsync<List<JsonObject>>("/api/settings"))[0];
        var value = setting["value"]!.GetValue<int>() == setting["maxValue"]!.GetValue<int>()
            ? setting["minValue"]!.GetValue<int>()
            : setting["value"]!.GetValue<int>() + 1;
        CustomSetting = (setting["name"]!.GetValue<string>(), value);
        await SendOkAsync(HttpMethod.Put, "/api/settings", new[] { new { name = CustomSetting.Name, value } });

        using var host = await fixture.SignInHostAdminAsync();
        foreach (var job in await host.GetJsonAsync<List<JsonObject>>("/api/jobs"))
        {
            Ids.Add(IdKind.JobName, job["name"]!.GetValue<string>());
        }
    }

    private async Task<Guid> CreateOrganizationAsync(string type, Guid? parentId)
    {
        var id = await CreateAsync("/api/organizations", new
        {
            parentId, type, categoryId = OrganizationCategory, name = Marker(), shortName = Marker(), unitName = Marker(),
            establishedOn = Established, brandName = Marker(), brandSlogan = Marker(), brandDescription = Marker(),
        });
        Ids.Add(IdKind.Organization, id);
        return id;
    }

    private async Task<Guid> CreateMemberAsync(string stage, Guid? partyGroupId)
    {
        var body = MemberTestData.NewMember(Marker(), Branch, new DateOnly(1985, 5, 5), 1);
        var idNumber = NextIdNumber();
        body["idNumber"] = idNumber;
        body["gender"] = IdNumber.GenderOf(idNumber)!.Value.ToString();
        body["stage"] = stage;
        body["partyGroupId"] = partyGroupId;
        body["job"] = Marker();
        body["workUnit"] = Marker();
        body["notes"] = Marker();
        body["phone"] = "13900000000";
        if (stage == "Applicant")
        {
            foreach (var later in new[] { "activistOn", "candidateOn", "admittedOn", "fullMembershipOn" })
            {
                body[later] = null;
            }

            body["appliedOn"] = new DateOnly(2026, 10, 1);
        }

        var id = await CreateAsync("/api/members", body);
        Ids.Add(IdKind.Member, id);
        return id;
    }

    private async Task<Guid> CreateMeetingAsync(DateTime startsAt)
    {
        var id = await CreateAsync("/api/meetings", new
        {
            organizationId = Branch,
            types = new[] { "ThemedPartyDay" },
            startsAt,
            endsAt = startsAt.AddHours(2),
            place = Marker(),
            mode = "Offline",
            hostName = Marker(),
            topic = Marker(),
            speakerName = Marker(),
            agenda = Marker(),
            minutes = Marker(),
            resolutions = Marker(),
            attendees = new object[]
            {
                new { memberId = Members[0], status = "Present" },
                new { memberId = Members[1], status = "Leave", absenceReason = Marker() },
            },
        });
        Ids.Add(IdKind.Meeting, id);
        var attachment = await UploadAsync(HttpMethod.Post, $"/api/meetings/{id}/attachments", $"{Marker()}.png", "Photo", HttpStatusCode.Created);
        Ids.Add(IdKind.MeetingAttachment, attachment!.Value, id);
        return id;
    }

    private async Task<Guid> CreateActivityAsync()
    {
        var id = await CreateAsync("/api/activities", new
        {
            organizationId = Branch,
            title = Marker(),
            startsAt = new DateTime(2026, 11, 10, 1, 0, 0, DateTimeKind.Utc),
            endsAt = new DateTime(2026, 11, 10, 3, 0, 0, DateTimeKind.Utc),
            place = Marker(),
            categoryId = ActivityCategory,
            requirement = "Optional",
            mode = "Offline",
            brandName = Marker(),
            memberIds = new[] { Members[0] },
            otherParticipantCount = 2,
            volunteerHours = 1.5,
            peopleServed = 10,
            outcome = Marker(),
        });
        Ids.Add(IdKind.Activity, id);
        var attachment = await UploadAsync(HttpMethod.Post, $"/api/activities/{id}/attachments", $"{Marker()}.pdf", "Other", HttpStatusCode.Created);
        Ids.Add(IdKind.ActivityAttachment, attachment!.Value, id);
        return id;
    }

    private async Task AddAllAsync(IdKind kind, string listUrl)
    {
        var answer = JsonNode.Parse(await (await Admin.SendAsync(HttpMethod.Get, listUrl)).Content.ReadAsStringAsync())!;
        var items = answer is JsonArray array ? array : answer["items"]!.AsArray();
        foreach (var item in items)
        {
            var id = item!["id"]!.GetValue<Guid>();
            if (!Ids.Of(kind).Contains(id.ToString()))
            {
                Ids.Add(kind, id);
            }
        }
    }

    private async Task<Guid> CreateAsync(string url, object body)
    {
        var created = await (await Admin.SendAsync(HttpMethod.Post, url, body)).ReadAsync<JsonObject>(HttpStatusCode.Created);
        return created["id"]!.GetValue<Guid>();
    }

    private async Task<JsonNode> SendOkAsync(HttpMethod method, string url, object body) =>
        await (await Admin.SendAsync(method, url, body)).ReadAsync<JsonNode>();

    private async Task<JsonObject> GetNodeAsync(string url) => await Admin.GetJsonAsync<JsonObject>(url);

    /// <summary>Uploads a small file (a PNG, or a PDF when the name says so); the id of what the answer created, if any.</summary>
    private async Task<Guid?> UploadAsync(HttpMethod method, string url, string fileName, string? kind, HttpStatusCode expected)
    {
        var file = new ByteArrayContent(fileName.EndsWith(".pdf", StringComparison.Ordinal) ? SampleFiles.Pdf : SampleFiles.Png);
        var form = new MultipartFormDataContent { { file, "file", fileName } };
        if (kind is not null)
        {
            form.Add(new StringContent(kind), "kind");
        }

        var response = await Admin.Http.SendAsync(new HttpRequestMessage(method, url) { Content = form });
        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
        return expected == HttpStatusCode.Created
            ? (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>()
            : null;
    }

    public override string ToString() => Code;
}

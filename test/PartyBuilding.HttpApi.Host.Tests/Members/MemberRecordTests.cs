using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;
using PartyBuilding.Auditing;
using PartyBuilding.EntityFrameworkCore;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Identity;
using PartyBuilding.Support;
using PartyBuilding.Testing;
using Shouldly;
using Xunit;
using static PartyBuilding.Members.MemberTestData;

namespace PartyBuilding.Members;

/// <summary>
/// Member records through the API: ID numbers checked, encrypted and masked, unmasking permitted and audited,
/// search and filters, the reach of branch secretaries and members, history, statistics, photos and isolation.
/// </summary>
public abstract class MemberRecordTests(PlatformFixture fixture)
{
    private const string Code = "mem";

    private Task<MemberTestTree> TreeAsync() => fixture.SharedAsync("tree", () => fixture.CreateTreeAsync(Code));

    private async Task<SessionClient> AdminAsync()
    {
        await TreeAsync();
        return await fixture.SharedSessionAsync(Code, $"{Code}.admin");
    }

    private static async Task<MemberDto> CreateAsync(SessionClient client, Dictionary<string, object?> body) =>
        await (await client.SendAsync(HttpMethod.Post, "/api/members", body)).ReadAsync<MemberDto>(HttpStatusCode.Created);

    private static async Task<Problem> RefuseCreateAsync(
        SessionClient client, Dictionary<string, object?> body, HttpStatusCode status, string code) =>
        await (await client.SendAsync(HttpMethod.Post, "/api/members", body)).ShouldBeProblemAsync(status, code);

    private static Dictionary<string, object?> UpdateOf(MemberDto member, Guid organizationId, string? changeReason = null) => new()
    {
        ["name"] = member.Name,
        ["gender"] = member.Gender.ToString(),
        ["ethnicity"] = member.Ethnicity,
        ["birthDate"] = member.BirthDate,
        ["organizationId"] = organizationId,
        ["changeReason"] = changeReason,
        ["concurrencyStamp"] = member.ConcurrencyStamp,
    };

    [Fact]
    public async Task Should_store_the_numbers_masked_and_answer_them_masked_When_a_member_is_created()
    {
        var tree = await TreeAsync();
        var admin = await AdminAsync();
        var idNumber = IdNumberFor(new DateOnly(1985, 6, 15), 11);

        var created = await CreateAsync(admin, NewMember("王建国", tree.BranchA, new DateOnly(1985, 6, 15), 11, "13812345678"));

        created.IdNumber.ShouldBe(idNumber[..3] + new string('*', 11) + idNumber[^4..]);
        created.Phone.ShouldBe("138****5678");
        created.IsUnmasked.ShouldBeFalse();
        created.OrganizationName.ShouldBe($"{Code} 甲支部");
        created.Category.ShouldBe(MemberCategory.Full);
        created.Age.ShouldBe(41);
        created.ProbationEndsOn.ShouldBe(new DateOnly(2018, 7, 1));
        var list = await admin.Http.GetStringAsync("/api/members?maxResultCount=1000");
        list.ShouldNotContain(idNumber);
        list.ShouldNotContain("13812345678");
        var history = await admin.GetJsonAsync<List<MemberHistoryDto>>($"/api/members/{created.Id}/history");
        history.ShouldHaveSingleItem().Kind.ShouldBe(MemberHistoryKind.Created);
        history[0].ToDisplay.ShouldBe("正式党员");
    }

    [Theory]
    [InlineData("bad-checksum")]
    [InlineData("not-a-date")]
    public async Task Should_answer_400_IdNumberInvalid_When_the_number_fails_GB_11643(string kind)
    {
        var tree = await TreeAsync();
        var admin = await AdminAsync();
        var body = NewMember("校验", tree.BranchA, new DateOnly(1980, 1, 2), 21);
        var valid = (string)body["idNumber"]!;
        body["idNumber"] = kind == "bad-checksum"
            ? valid[..17] + (valid[17] == '0' ? '1' : '0')
            : "150424" + "19801302" + "021" + IdNumber.CheckCharacterFor("15042419801302021");

        await RefuseCreateAsync(admin, body, HttpStatusCode.BadRequest, PartyBuildingErrorCodes.Members.IdNumberInvalid);
    }

    [Fact]
    public async Task Should_answer_400_with_field_errors_When_the_input_has_wrong_lengths_formats_or_missing_fields()
    {
        var tree = await TreeAsync();
        var admin = await AdminAsync();
        var body = NewMember("", tree.BranchA, new DateOnly(1980, 1, 2), 23, "12345");
        body["idNumber"] = "15042419800102023";

        var problem = await RefuseCreateAsync(admin, body, HttpStatusCode.BadRequest, FrameworkErrorCodes.ValidationFailed);
        problem.Errors!.Keys.ShouldBe(["idNumber", "name", "phone"], ignoreOrder: true);

        body = NewMember("枚举", tree.BranchA, new DateOnly(1980, 1, 2), 23);
        body["stage"] = "Chairman";
        await RefuseCreateAsync(admin, body, HttpStatusCode.BadRequest, FrameworkErrorCodes.ValidationFailed);
        foreach (var url in new[]
                 {
                     "/api/members?organizationId=branch", "/api/members?stage=Chairman", "/api/members?maxResultCount=100000",
                     "/api/members/statistics?organizationId=1", $"/api/members/{Guid.NewGuid()}?unmask=maybe",
                 })
        {
            await (await admin.SendAsync(HttpMethod.Get, url)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, FrameworkErrorCodes.ValidationFailed);
        }
    }

    [Fact]
    public async Task Should_answer_400_IdNumberBirthDateMismatch_When_the_birth_date_differs_from_the_number()
    {
        var tree = await TreeAsync();
        var admin = await AdminAsync();
        var body = NewMember("生日", tree.BranchA, new DateOnly(1980, 1, 2), 25);
        body["birthDate"] = new DateOnly(1980, 1, 3);

        await RefuseCreateAsync(admin, body, HttpStatusCode.BadRequest, PartyBuildingErrorCodes.Members.IdNumberBirthDateMismatch);
    }

    [Fact]
    public async Task Should_answer_409_IdNumberAlreadyExists_When_the_committee_has_a_record_with_the_number()
    {
        var tree = await TreeAsync();
        var admin = await AdminAsync();
        await CreateAsync(admin, NewMember("甲", tree.BranchA, new DateOnly(1981, 2, 3), 31));

        await RefuseCreateAsync(admin, NewMember("乙", tree.BranchB, new DateOnly(1981, 2, 3), 31),
            HttpStatusCode.Conflict, PartyBuildingErrorCodes.Members.IdNumberAlreadyExists);
    }

    [Fact]
    public async Task Should_refuse_placements_ethnicities_and_stage_dates_that_do_not_fit()
    {
        var tree = await TreeAsync();
        var admin = await AdminAsync();
        var birth = new DateOnly(1982, 4, 5);

        var body = NewMember("小组", tree.GroupA, birth, 41);
        await RefuseCreateAsync(admin, body, HttpStatusCode.BadRequest, PartyBuildingErrorCodes.Members.InvalidOrganization);
        body = NewMember("他组", tree.BranchB, birth, 41);
        body["partyGroupId"] = tree.GroupA;
        await RefuseCreateAsync(admin, body, HttpStatusCode.BadRequest, PartyBuildingErrorCodes.Members.InvalidPartyGroup);
        body = NewMember("民族", tree.BranchA, birth, 41);
        body["ethnicity"] = "火星族";
        await RefuseCreateAsync(admin, body, HttpStatusCode.BadRequest, PartyBuildingErrorCodes.Members.UnknownEthnicity);
        body = NewMember("缺日期", tree.BranchA, birth, 41);
        body["candidateOn"] = null;
        await RefuseCreateAsync(admin, body, HttpStatusCode.BadRequest, PartyBuildingErrorCodes.Members.InvalidStageDates);
        body = NewMember("多日期", tree.BranchA, birth, 41);
        body["stage"] = "Applicant";
        await RefuseCreateAsync(admin, body, HttpStatusCode.BadRequest, PartyBuildingErrorCodes.Members.InvalidStageDates);
        body = NewMember("未知组织", Guid.NewGuid(), birth, 41);
        await RefuseCreateAsync(admin, body, HttpStatusCode.NotFound, FrameworkErrorCodes.EntityNotFound);
        body = NewMember("少年", tree.BranchA, birth, 41);
        body["appliedOn"] = new DateOnly(1999, 1, 1);
        await RefuseCreateAsync(admin, body, HttpStatusCode.BadRequest, PartyBuildingErrorCodes.Members.TooYoung);

        body = NewMember("有组", tree.BranchA, birth, 41);
        body["partyGroupId"] = tree.GroupA;
        (await CreateAsync(admin, body)).PartyGroupName.ShouldBe($"{Code} 甲支部第一党小组");
    }

    [Fact]
    public async Task Should_answer_403_When_unmasking_without_the_permission_and_audit_every_unmask()
    {
        var tree = await TreeAsync();
        var admin = await AdminAsync();
        var birth = new DateOnly(1983, 7, 8);
        var member = await CreateAsync(admin, NewMember("解密", tree.BranchA, birth, 51, "13912345678"));
        await fixture.CreatePlacedUserAsync(tree.TenantId, "mem.officer", RoleNames.CommitteeOfficer, null);
        var officer = await fixture.SignInAsync(Code, "mem.officer");

        await (await officer.SendAsync(HttpMethod.Get, $"/api/members/{member.Id}?unmask=true"))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, FrameworkErrorCodes.Forbidden);
        (await officer.GetJsonAsync<MemberDto>($"/api/members/{member.Id}")).IsUnmasked.ShouldBeFalse();

        var before = await admin.ListAsync<AuditLogDto>("/api/audit-logs?maxResultCount=1000");
        var unmasked = await admin.GetJsonAsync<MemberDto>($"/api/members/{member.Id}?unmask=true");

        unmasked.IsUnmasked.ShouldBeTrue();
        unmasked.IdNumber.ShouldBe(IdNumberFor(birth, 51));
        unmasked.Phone.ShouldBe("13912345678");
        var rows = await admin.ListAsync<AuditLogDto>("/api/audit-logs?maxResultCount=1000");
        var row = rows.Where(r => before.All(b => b.Id != r.Id)).ShouldHaveSingleItem();
        row.Action.ShouldBe(MemberAppService.UnmaskAuditAction);
        row.Url.ShouldContain(member.Id.ToString());
        row.UserName.ShouldBe($"{Code}.admin");
        row.TenantId.ShouldBe(tree.TenantId);
        var trail = await admin.Http.GetStringAsync("/api/audit-logs?maxResultCount=1000");
        trail.ShouldNotContain(IdNumberFor(birth, 51));
        trail.ShouldNotContain("13912345678");
    }

    [Fact]
    public async Task Should_keep_no_clear_ID_or_phone_number_anywhere_in_the_database()
    {
        var tree = await TreeAsync();
        var admin = await AdminAsync();
        var birth = new DateOnly(1984, 9, 10);
        var member = await CreateAsync(admin, NewMember("密文", tree.BranchA, birth, 61, "13712345678"));
        var update = UpdateOf(member, tree.BranchA);
        update["phone"] = "13787654321";
        await (await admin.SendAsync(HttpMethod.Put, $"/api/members/{member.Id}", update)).ReadAsync<MemberDto>();

        foreach (var clear in new[] { IdNumberFor(birth, 61), "13712345678", "13787654321" })
        {
            (await DatabaseContainsAsync(clear)).ShouldBeFalse(clear);
        }

        (await DatabaseContainsAsync("密文")).ShouldBeTrue("the scan itself finds stored text");
    }

    private async Task<bool> DatabaseContainsAsync(string text)
    {
        if (fixture.Provider == DatabaseProvider.Sqlite)
        {
            await using (var connection = new SqliteConnection(fixture.Database.ConnectionString))
            {
                await connection.OpenAsync();
                await using var checkpoint = connection.CreateCommand();
                checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
                await checkpoint.ExecuteNonQueryAsync();
            }

            var needle = Encoding.UTF8.GetBytes(text);
            var file = new SqliteConnectionStringBuilder(fixture.Database.ConnectionString).DataSource;
            return new[] { file, file + "-wal" }.Where(File.Exists).Any(path =>
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                return copy.ToArray().AsSpan().IndexOf(needle) >= 0;
            });
        }

        await using var pg = new NpgsqlConnection(fixture.Database.ConnectionString);
        await pg.OpenAsync();
        var columns = new List<(string Table, string Column)>();
        await using (var list = new NpgsqlCommand(
            "select table_name, column_name from information_schema.columns where table_schema = 'public' " +
            "and data_type in ('text', 'character varying', 'character', 'json', 'jsonb')", pg))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (table, column) in columns)
        {
            await using var search = new NpgsqlCommand($"select exists(select 1 from \"{table}\" where \"{column}\"::text like @p)", pg);
            search.Parameters.AddWithValue("p", $"%{text}%");
            if ((bool)(await search.ExecuteScalarAsync())!)
            {
                return true;
            }
        }

        return false;
    }

    [Fact]
    public async Task Should_find_a_member_by_the_full_ID_number_or_part_of_the_name_and_within_a_subtree()
    {
        var tree = await TreeAsync();
        var admin = await AdminAsync();
        var birth = new DateOnly(1986, 11, 12);
        var a = await CreateAsync(admin, NewMember("检索甲", tree.BranchA, birth, 71));
        var b = await CreateAsync(admin, NewMember("检索乙", tree.BranchB, birth, 73));

        (await admin.ListAsync<MemberListItemDto>($"/api/members?filter={IdNumberFor(birth, 73)}"))
            .ShouldHaveSingleItem().Id.ShouldBe(b.Id);
        (await admin.ListAsync<MemberListItemDto>($"/api/members?filter={IdNumberFor(birth, 73).ToLowerInvariant()[..17]}"))
            .ShouldBeEmpty("part of a number matches nothing: numbers are never compared in clear");
        (await admin.ListAsync<MemberListItemDto>("/api/members?filter=检索&maxResultCount=100")).Select(m => m.Id)
            .ShouldBe([a.Id, b.Id], ignoreOrder: true);
        (await admin.ListAsync<MemberListItemDto>($"/api/members?filter=检索&organizationId={tree.BranchA}"))
            .ShouldHaveSingleItem().Id.ShouldBe(a.Id);
        (await admin.ListAsync<MemberListItemDto>($"/api/members?filter=检索&organizationId={tree.Root}")).Count.ShouldBe(2);

        var ascending = await admin.ListAsync<MemberListItemDto>("/api/members?filter=检索&sorting=organizationName");
        var descending = await admin.ListAsync<MemberListItemDto>("/api/members?filter=检索&sorting=organizationName desc");
        descending.Select(m => m.Id).ShouldBe(ascending.Select(m => m.Id).Reverse());
        await (await admin.SendAsync(HttpMethod.Get, "/api/members?sorting=idNumberHash"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, FrameworkErrorCodes.InvalidSorting);
        (await admin.ListAsync<MemberListItemDto>("/api/members?filter=检索&status=Left")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_limit_a_branch_secretary_to_the_own_subtree()
    {
        var tree = await TreeAsync();
        var admin = await AdminAsync();
        var birth = new DateOnly(1987, 1, 13);
        var own = await CreateAsync(admin, NewMember("书记可见", tree.BranchA, birth, 81));
        var other = await CreateAsync(admin, NewMember("书记不可见", tree.BranchB, birth, 83));
        await fixture.CreatePlacedUserAsync(tree.TenantId, "mem.secretary", RoleNames.BranchSecretary, tree.BranchA);
        var secretary = await fixture.SignInAsync(Code, "mem.secretary");

        var visible = await secretary.ListAsync<MemberListItemDto>("/api/members?filter=书记&maxResultCount=100");
        visible.ShouldHaveSingleItem().Id.ShouldBe(own.Id);
        (await secretary.GetJsonAsync<MemberDto>($"/api/members/{own.Id}")).Name.ShouldBe("书记可见");
        await (await secretary.SendAsync(HttpMethod.Get, $"/api/members/{other.Id}"))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, PartyBuildingErrorCodes.Members.OutsideReach);
        await (await secretary.SendAsync(HttpMethod.Put, $"/api/members/{other.Id}", UpdateOf(other, tree.BranchB)))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, PartyBuildingErrorCodes.Members.OutsideReach);
        await (await secretary.SendAsync(HttpMethod.Get, $"/api/members/{other.Id}/history"))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, PartyBuildingErrorCodes.Members.OutsideReach);
        await RefuseCreateAsync(secretary, NewMember("越界", tree.BranchB, birth, 85),
            HttpStatusCode.Forbidden, PartyBuildingErrorCodes.Organizations.OutsideReach);
        await (await secretary.SendAsync(HttpMethod.Put, $"/api/members/{own.Id}", UpdateOf(own, tree.BranchB, "调动")))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, PartyBuildingErrorCodes.Organizations.OutsideReach);
        await (await secretary.SendAsync(HttpMethod.Get, $"/api/members/statistics?organizationId={tree.BranchB}"))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, PartyBuildingErrorCodes.Organizations.OutsideReach);
        (await CreateAsync(secretary, NewMember("书记新建", tree.BranchA, birth, 87))).OrganizationId.ShouldBe(tree.BranchA);
    }

    [Fact]
    public async Task Should_show_a_member_only_the_own_record()
    {
        var tree = await TreeAsync();
        var admin = await AdminAsync();
        var member = await CreateAsync(admin, NewMember("本人", tree.BranchA, new DateOnly(1988, 2, 14), 91, "13612345678"));
        await fixture.CreatePlacedUserAsync(tree.TenantId, "mem.member", RoleNames.Member, null, member.Id);
        await fixture.CreatePlacedUserAsync(tree.TenantId, "mem.nobody", RoleNames.Member, null);
        var own = await fixture.SignInAsync(Code, "mem.member");
        var nobody = await fixture.SignInAsync(Code, "mem.nobody");

        var mine = await own.GetJsonAsync<MemberDto>("/api/members/me");
        mine.Id.ShouldBe(member.Id);
        mine.Phone.ShouldBe("136****5678");
        (await own.SendAsync(HttpMethod.Get, "/api/members")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await own.SendAsync(HttpMethod.Get, $"/api/members/{member.Id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await (await nobody.SendAsync(HttpMethod.Get, "/api/members/me"))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, PartyBuildingErrorCodes.Members.NoOwnRecord);
    }

    [Fact]
    public async Task Should_see_nothing_in_lists_When_a_secretary_has_no_organisation()
    {
        var tree = await TreeAsync();
        var admin = await AdminAsync();
        await CreateAsync(admin, NewMember("无范围", tree.BranchA, new DateOnly(1988, 3, 15), 93));
        await fixture.CreatePlacedUserAsync(tree.TenantId, "mem.unplaced", RoleNames.BranchSecretary, null);
        var unplaced = await fixture.SignInAsync(Code, "mem.unplaced");

        (await unplaced.ListAsync<MemberListItemDto>("/api/members?maxResultCount=1000")).ShouldBeEmpty();
        (await unplaced.GetJsonAsync<MemberStatisticsDto>("/api/members/statistics")).Total.ShouldBe(0);
    }

    [Fact]
    public async Task Should_write_the_move_with_its_reason_to_the_history_When_a_member_changes_organisation()
    {
        var tree = await TreeAsync();
        var admin = await AdminAsync();
        var member = await CreateAsync(admin, NewMember("调动", tree.BranchA, new DateOnly(1989, 4, 16), 101));

        await (await admin.SendAsync(HttpMethod.Put, $"/api/members/{member.Id}", UpdateOf(member, tree.BranchB)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, PartyBuildingErrorCodes.Members.ChangeReasonRequired);
        fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        var moved = await (await admin.SendAsync(HttpMethod.Put, $"/api/members/{member.Id}", UpdateOf(member, tree.BranchB, "工作单位调整")))
            .ReadAsync<MemberDto>();

        moved.OrganizationName.ShouldBe($"{Code} 乙支部");
        var history = await admin.GetJsonAsync<List<MemberHistoryDto>>($"/api/members/{member.Id}/history");
        history.Select(h => h.Kind).ShouldBe([MemberHistoryKind.OrganizationChanged, MemberHistoryKind.Created]);
        history[0].FromDisplay.ShouldBe($"{Code} 甲支部");
        history[0].ToDisplay.ShouldBe($"{Code} 乙支部");
        history[0].FromValue.ShouldBe(tree.BranchA.ToString());
        history[0].Reason.ShouldBe("工作单位调整");
        history[0].EffectiveOn.ShouldBe(new DateOnly(2026, 11, 22));

        var stale = UpdateOf(member, tree.BranchB);
        stale["name"] = "旧副本上的修改";
        await (await admin.SendAsync(HttpMethod.Put, $"/api/members/{member.Id}", stale))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, FrameworkErrorCodes.ConcurrencyConflict);
    }

    [Fact]
    public async Task Should_count_categories_stages_genders_ages_educations_and_ethnicities_of_a_subtree()
    {
        // Statistics read a subtree of its own, so records other tests add elsewhere do not change the counts.
        var tree = await fixture.SharedAsync("stats-tree", () => fixture.CreateTreeAsync("mem-stats"));
        var admin = await fixture.SignInAsync("mem-stats", "mem-stats.admin");
        var young = NewMember("青年", tree.BranchA, new DateOnly(1996, 11, 22), 111);
        young["stage"] = "Probationary";
        young["appliedOn"] = new DateOnly(2024, 3, 1);
        young["activistOn"] = new DateOnly(2024, 9, 1);
        young["candidateOn"] = new DateOnly(2025, 10, 1);
        young["admittedOn"] = new DateOnly(2026, 6, 1);
        young["fullMembershipOn"] = null;
        young["ethnicity"] = "蒙古族";
        await CreateAsync(admin, young);
        var thirty = NewMember("三十一", tree.BranchA, new DateOnly(1995, 11, 22), 112);
        thirty["education"] = null;
        await CreateAsync(admin, thirty);
        await CreateAsync(admin, NewMember("六十一", tree.BranchA, new DateOnly(1965, 1, 1), 113));
        var applicant = NewMember("申请人", tree.BranchA, new DateOnly(2000, 5, 5), 115);
        applicant["stage"] = "Applicant";
        applicant["appliedOn"] = new DateOnly(2026, 1, 1);
        foreach (var key in new[] { "activistOn", "candidateOn", "admittedOn", "fullMembershipOn" })
        {
            applicant[key] = null;
        }

        await CreateAsync(admin, applicant);
        await CreateAsync(admin, NewMember("别处", tree.BranchB, new DateOnly(1970, 1, 1), 117));

        var stats = await admin.GetJsonAsync<MemberStatisticsDto>($"/api/members/statistics?organizationId={tree.BranchA}");

        stats.Total.ShouldBe(4);
        Counts(stats.ByCategory).ShouldBe(new Dictionary<string, int> { ["Full"] = 2, ["Probationary"] = 1 });
        Counts(stats.ByStage).ShouldBe(new Dictionary<string, int>
            { ["Applicant"] = 1, ["Activist"] = 0, ["Candidate"] = 0, ["Probationary"] = 1, ["Full"] = 2 });
        Counts(stats.ByGender).ShouldBe(new Dictionary<string, int> { ["Male"] = 3, ["Female"] = 1 });
        Counts(stats.ByAgeBand).ShouldBe(new Dictionary<string, int>
            { ["0-30"] = 2, ["31-40"] = 1, ["41-50"] = 0, ["51-60"] = 0, ["61+"] = 1 });
        stats.ByEducation.Single(b => b.Key == "Bachelor").Count.ShouldBe(3);
        stats.ByEducation.Single(b => b.Key == "Unknown").Count.ShouldBe(1);
        stats.ByEthnicity.Select(b => (b.Key, b.Count)).ShouldBe([("汉族", 3), ("蒙古族", 1)]);
        stats.ByStage.Single(b => b.Key == "Applicant").Label.ShouldBe("入党申请人");
        (await admin.GetJsonAsync<MemberStatisticsDto>("/api/members/statistics")).Total.ShouldBe(5);
    }

    private static Dictionary<string, int> Counts(IEnumerable<StatisticsBucketDto> buckets) =>
        buckets.ToDictionary(b => b.Key, b => b.Count);

    [Fact]
    public async Task Should_accept_PNG_JPEG_and_WebP_photos_and_refuse_other_content_or_oversized_files()
    {
        var tree = await TreeAsync();
        var admin = await AdminAsync();
        var member = await CreateAsync(admin, NewMember("照片", tree.BranchA, new DateOnly(1990, 5, 17), 121));
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];

        (await PutPhotoAsync(admin, member.Id, png, "image/png")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var photo = await admin.Http.GetAsync($"/api/members/{member.Id}/photo");
        photo.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        (await photo.Content.ReadAsByteArrayAsync()).ShouldBe(png);
        (await admin.GetJsonAsync<MemberDto>($"/api/members/{member.Id}")).HasPhoto.ShouldBeTrue();

        await (await PutPhotoAsync(admin, member.Id, "<svg onload=alert(1)>"u8.ToArray(), "image/png"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, PartyBuildingErrorCodes.Members.InvalidImage);
        var oversized = new byte[MemberConsts.MaxPhotoBytes + 1];
        png.CopyTo(oversized, 0);
        await (await PutPhotoAsync(admin, member.Id, oversized, "image/png"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, PartyBuildingErrorCodes.Members.InvalidImage);

        (await admin.SendAsync(HttpMethod.Delete, $"/api/members/{member.Id}/photo")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await admin.Http.GetAsync($"/api/members/{member.Id}/photo")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetJsonAsync<MemberDto>($"/api/members/{member.Id}")).HasPhoto.ShouldBeFalse();
    }

    private static Task<HttpResponseMessage> PutPhotoAsync(SessionClient client, Guid id, byte[] content, string contentType)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return client.Http.PutAsync($"/api/members/{id}/photo", new MultipartFormDataContent { { file, "file", "photo.png" } });
    }

    [Fact]
    public async Task Should_answer_404_on_every_route_When_another_committee_names_a_member()
    {
        var tree = await TreeAsync();
        var admin = await AdminAsync();
        var member = await CreateAsync(admin, NewMember("隔离", tree.BranchA, new DateOnly(1991, 6, 18), 131));
        await fixture.SharedAsync("other", () => fixture.CreateCommitteeAsync("mem-other"));
        var other = await fixture.SignInAsync("mem-other", "mem-other.admin");
        var url = $"/api/members/{member.Id}";

        foreach (var (method, path, body) in new (HttpMethod, string, object?)[]
                 {
                     (HttpMethod.Get, url, null), (HttpMethod.Get, url + "?unmask=true", null),
                     (HttpMethod.Put, url, UpdateOf(member, tree.BranchA)), (HttpMethod.Delete, url, null),
                     (HttpMethod.Get, url + "/history", null), (HttpMethod.Get, url + "/photo", null),
                     (HttpMethod.Delete, url + "/photo", null),
                 })
        {
            await (await other.SendAsync(method, path, body))
                .ShouldBeProblemAsync(HttpStatusCode.NotFound, FrameworkErrorCodes.EntityNotFound);
        }

        await (await PutPhotoAsync(other, member.Id, [0xFF, 0xD8, 0xFF, 0xE0], "image/jpeg"))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, FrameworkErrorCodes.EntityNotFound);
        (await other.ListAsync<MemberListItemDto>("/api/members?filter=隔离")).ShouldBeEmpty();
        (await admin.GetJsonAsync<MemberDto>(url)).Name.ShouldBe("隔离");
    }

    [Fact]
    public async Task Should_hide_a_deleted_member_and_list_the_56_ethnicities()
    {
        var tree = await TreeAsync();
        var admin = await AdminAsync();
        var member = await CreateAsync(admin, NewMember("删除", tree.BranchA, new DateOnly(1992, 7, 19), 141));

        (await admin.SendAsync(HttpMethod.Delete, $"/api/members/{member.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await admin.SendAsync(HttpMethod.Get, $"/api/members/{member.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.ListAsync<MemberListItemDto>("/api/members?filter=删除")).ShouldBeEmpty();
        var ethnicities = await admin.GetJsonAsync<List<string>>("/api/members/ethnicities");
        ethnicities.Count.ShouldBe(56);
        ethnicities[0].ShouldBe("汉族");
    }
}

public sealed class MemberRecordTestsOnSqlite(SqliteFixture fixture)
    : MemberRecordTests(fixture), IClassFixture<SqliteFixture>;

public sealed class MemberRecordTestsOnPostgreSql(PostgreSqlFixture fixture)
    : MemberRecordTests(fixture), IClassFixture<PostgreSqlFixture>;

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Auditing;
using PartyBuilding.Framework.Text;
using PartyBuilding.Identity;
using PartyBuilding.Permissions;
using PartyBuilding.Spreadsheets;
using PartyBuilding.Support;
using PartyBuilding.Tenancy;
using PartyBuilding.Testing;
using Shouldly;
using Xunit;
using static PartyBuilding.Members.MemberImportFiles;

namespace PartyBuilding.Members;

/// <summary>
/// Import of member records from .xlsx and .csv, the template and the export, through the API: every row goes
/// through the member rules, nothing is written unless the whole file (or the chosen valid rows) may be.
/// </summary>
public abstract class MemberImportTests(PlatformFixture fixture)
{
    private const string Code = "imp";
    private const string Branch1 = "第一党支部";
    private const string Branch2 = "第二党支部";

    private sealed record Committee(TenantDto Tenant, Guid Branch1Id, Guid Branch2Id);

    private Task<Committee> CommitteeAsync() => fixture.SharedAsync("committee", async () =>
    {
        var tenant = await fixture.CreateCommitteeAsync(Code);
        var admin = await fixture.SharedSessionAsync(Code, $"{Code}.admin");
        var branch1 = await CreateOrganizationAsync(admin, Branch1, null);
        var branch2 = await CreateOrganizationAsync(admin, Branch2, null);
        await CreateOrganizationAsync(admin, "第一党小组", branch1, "PartyGroup");
        return new Committee(tenant, branch1, branch2);
    });

    private async Task<SessionClient> AdminAsync()
    {
        await CommitteeAsync();
        return await fixture.SharedSessionAsync(Code, $"{Code}.admin");
    }

    private static async Task<Guid> CreateOrganizationAsync(SessionClient client, string name, Guid? parentId, string type = "Branch")
    {
        var response = await client.SendAsync(HttpMethod.Post, "/api/organizations", new { parentId, type, name });
        return (await response.ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    private static object?[] Row(string name, int sequence, string organization = Branch1, string? idNumber = null, string? partyGroup = null)
    {
        var birth = new DateOnly(1980, 1, 1).AddDays(sequence);
        return MemberImportFiles.Row(name, birth, idNumber ?? MemberTestData.IdNumberFor(birth, sequence * 2 + 1), organization, partyGroup);
    }

    private Task<int> CountAsync<T>(Func<IServiceProvider, IQueryable<T>> query) where T : class =>
        CommitteeAsync().ContinueWith(async c => await fixture.InTenantAsync(c.Result.Tenant.Id, sp => query(sp).CountAsync())).Unwrap();

    private Task<int> MembersNamedAsync(string prefix) =>
        CountAsync(sp => sp.GetRequiredService<IMembersDbContext>().Members.Where(m => m.Name.StartsWith(prefix)));

    [Fact]
    public async Task Should_create_rows_and_report_them_unchanged_without_new_history_When_the_same_file_is_imported_twice()
    {
        var admin = await AdminAsync();
        var file = Xlsx(Row("重复导入甲", 1), Row("重复导入乙", 2, partyGroup: "第一党小组"), Row("重复导入丙", 3, Branch2));

        var first = await (await ImportAsync(admin, file)).ReadAsync<ImportResultDto>();
        first.Created.ShouldBe(3);
        first.Rejected.ShouldBe(0);
        var history = await CountAsync(sp => sp.GetRequiredService<IMembersDbContext>().MemberHistory);
        var modified = await CountAsync(sp => sp.GetRequiredService<IMembersDbContext>().Members.Where(m => m.LastModificationTime != null));

        var second = await (await ImportAsync(admin, file)).ReadAsync<ImportResultDto>();

        second.TotalRows.ShouldBe(3);
        second.Unchanged.ShouldBe(3);
        (second.Created + second.Updated + second.Rejected).ShouldBe(0);
        (await CountAsync(sp => sp.GetRequiredService<IMembersDbContext>().MemberHistory)).ShouldBe(history);
        (await CountAsync(sp => sp.GetRequiredService<IMembersDbContext>().Members.Where(m => m.LastModificationTime != null))).ShouldBe(modified);
    }

    [Fact]
    public async Task Should_read_the_database_as_often_for_fifty_rows_as_for_five_When_importing()
    {
        var admin = await AdminAsync();

        async Task<int> QueriesOfImportAsync(int first, int rows)
        {
            var file = Xlsx(Enumerable.Range(first, rows).Select(i => Row($"批量查询{i}", i)).ToArray());
            fixture.Commands.StartRecording();
            (await (await ImportAsync(admin, file)).ReadAsync<ImportResultDto>()).Created.ShouldBe(rows);
            return fixture.Commands.StopRecording()
                .Count(c => !c.Text.TrimStart().StartsWith("INSERT", StringComparison.OrdinalIgnoreCase));
        }

        var forFive = await QueriesOfImportAsync(100, 5);
        var forFifty = await QueriesOfImportAsync(200, 50);

        // The file's ID numbers and its placements are looked up in a fixed number of queries, not per row.
        forFifty.ShouldBe(forFive);
    }

    [Fact]
    public async Task Should_update_a_stored_record_When_a_row_matches_its_ID_number_with_other_data()
    {
        var admin = await AdminAsync();
        await (await ImportAsync(admin, Xlsx(Row("更新前", 10)))).ReadAsync<ImportResultDto>();

        var result = await (await ImportAsync(admin, Xlsx(Row("更新后", 10, Branch2)))).ReadAsync<ImportResultDto>();

        result.Updated.ShouldBe(1);
        (await MembersNamedAsync("更新后")).ShouldBe(1);
        (await MembersNamedAsync("更新前")).ShouldBe(0);
    }

    [Fact]
    public async Task Should_answer_422_RowsRejected_with_every_bad_row_and_write_nothing_When_all_or_nothing()
    {
        var admin = await AdminAsync();
        var badId = Row("全部或无乙", 21, idNumber: "15042419800101000A");
        var file = Xlsx(Row("全部或无甲", 20), badId, Row("全部或无丙", 22, "不存在的支部"));

        var response = await ImportAsync(admin, file);

        await response.ShouldBeProblemAsync((HttpStatusCode)422, PartyBuildingErrorCodes.Import.RowsRejected);
        var rows = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rows").Deserialize<List<ImportRowMessageDto>>(SessionClient.Json)!;
        rows.ShouldContain(r => r.Line == 3 && r.Column == "身份证号码" && r.Message.Contains("GB 11643"), string.Join("; ", rows));
        rows.ShouldContain(r => r.Line == 4 && r.Column == "所在党组织" && r.Message.Contains("不存在的支部"));
        (await MembersNamedAsync("全部或无")).ShouldBe(0);
    }

    [Fact]
    public async Task Should_write_only_the_valid_rows_and_report_the_others_When_valid_rows_only()
    {
        var admin = await AdminAsync();
        var file = Xlsx(Row("仅有效甲", 30), Row("仅有效乙", 31, "不存在的支部"));

        var result = await (await ImportAsync(admin, file, mode: "validRowsOnly")).ReadAsync<ImportResultDto>();

        result.Created.ShouldBe(1);
        result.Rejected.ShouldBe(1);
        result.Rows.ShouldHaveSingleItem().Line.ShouldBe(3);
        (await MembersNamedAsync("仅有效")).ShouldBe(1);
    }

    [Fact]
    public async Task Should_validate_and_write_nothing_When_it_is_a_dry_run()
    {
        var admin = await AdminAsync();

        var result = await (await ImportAsync(admin, Xlsx(Row("试运行甲", 40), Row("试运行乙", 41)), dryRun: true)).ReadAsync<ImportResultDto>();

        result.Created.ShouldBe(2);
        (await MembersNamedAsync("试运行")).ShouldBe(0);
    }

    [Fact]
    public async Task Should_reject_the_second_row_When_an_ID_number_appears_twice_in_the_file()
    {
        var admin = await AdminAsync();
        var twice = Row("同号甲", 50);

        var result = await (await ImportAsync(admin, Xlsx(twice, Row("同号乙", 51, idNumber: (string)twice[4]!)), mode: "validRowsOnly"))
            .ReadAsync<ImportResultDto>();

        result.Created.ShouldBe(1);
        result.Rows.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            r => r.Line.ShouldBe(3), r => r.Column.ShouldBe("身份证号码"), r => r.Message.ShouldContain("2"));
    }

    [Fact]
    public async Task Should_read_a_hand_written_csv_with_a_byte_order_mark()
    {
        var admin = await AdminAsync();
        var birth = new DateOnly(1985, 6, 1);
        var csv = string.Join(',', Headers) + "\r\n"
                  + $"手写表格,女,蒙古族,1985/6/1,{MemberTestData.IdNumberFor(birth, 62)},,,,,{Branch1},,入党申请人,2026-01-05,,,,,,,,\"备注, 含逗号\"\r\n";
        var content = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray();

        var result = await (await ImportAsync(admin, content, "members.csv")).ReadAsync<ImportResultDto>();

        result.Created.ShouldBe(1, string.Join("; ", result.Rows.Select(r => r.Message)));
        (await MembersNamedAsync("手写表格")).ShouldBe(1);
    }

    [Theory]
    [InlineData("photo.png", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0 }, PartyBuildingErrorCodes.Import.UnsupportedFormat)]
    [InlineData("old.xls", new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }, PartyBuildingErrorCodes.Import.UnsupportedFormat)]
    [InlineData("members.xlsx", new byte[] { 0, 1, 2, 3, 4, 5 }, PartyBuildingErrorCodes.Import.UnreadableFile)]
    [InlineData("broken.xlsx", new byte[] { 0x50, 0x4B, 0x03, 0x04, 9, 9, 9, 9 }, PartyBuildingErrorCodes.Import.UnreadableFile)]
    public async Task Should_answer_400_and_never_500_When_the_file_is_not_a_spreadsheet(string fileName, byte[] content, string code)
    {
        var admin = await AdminAsync();

        await (await ImportAsync(admin, content, fileName)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, code);
    }

    [Fact]
    public async Task Should_answer_400_MissingColumns_When_a_required_column_is_absent()
    {
        var admin = await AdminAsync();
        var content = Encoding.UTF8.GetBytes("姓名,性别\r\n张三,男\r\n");

        await (await ImportAsync(admin, content, "members.csv")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, PartyBuildingErrorCodes.Import.MissingColumns);
    }

    [Fact]
    public async Task Should_export_masked_numbers_without_unmask_and_clear_ones_with_an_audit_row_with_it()
    {
        var admin = await AdminAsync();
        var row = Row("导出测试", 70);
        await (await ImportAsync(admin, Xlsx(row))).ReadAsync<ImportResultDto>();
        var committee = await CommitteeAsync();
        await fixture.CreateUserAsync(committee.Tenant.Id, "imp.officer", RoleNames.CommitteeOfficer);
        var officer = await fixture.SignInAsync(Code, "imp.officer");

        var masked = await ExportedRowAsync(officer, "导出测试");
        var auditsBefore = await UnmaskAuditsAsync(committee);
        var clear = await ExportedRowAsync(admin, "导出测试");

        masked[4].ShouldBe(Masking.Mask((string)row[4]!));
        masked[5].ShouldBe("138****0000");
        clear[4].ShouldBe((string)row[4]!);
        clear[5].ShouldBe("13800000000");
        (await UnmaskAuditsAsync(committee)).ShouldBe(auditsBefore + 1);
    }

    private static async Task<IReadOnlyList<string>> ExportedRowAsync(SessionClient client, string name)
    {
        var response = await client.SendAsync(HttpMethod.Get, $"/api/members/export?filter={Uri.EscapeDataString(name)}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe(SpreadsheetWriter.XlsxContentType);
        var sheet = SpreadsheetReader.Read(await response.Content.ReadAsByteArrayAsync(), "export.xlsx", 100);
        sheet.Header.Cells.ShouldBe(Headers);
        return sheet.Rows.ShouldHaveSingleItem().Cells;
    }

    private Task<int> UnmaskAuditsAsync(Committee committee) =>
        fixture.InTenantAsync(committee.Tenant.Id, sp => sp.GetRequiredService<IAuditingDbContext>().AuditLogs
            .CountAsync(a => a.Action == MemberAppService.UnmaskAuditAction && a.TenantId == committee.Tenant.Id));

    [Fact]
    public async Task Should_reject_rows_for_another_branch_When_a_secretary_imports()
    {
        var committee = await CommitteeAsync();
        var secretary = await fixture.SharedAsync("secretary", async () =>
        {
            await fixture.InTenantAsync(committee.Tenant.Id, async sp =>
            {
                var roles = sp.GetRequiredService<IRoleAppService>();
                var role = await roles.CreateAsync(new CreateRoleDto { Name = "importer", DisplayName = "导入员" });
                await roles.UpdatePermissionsAsync(role.Id, new UpdateRolePermissionsDto
                {
                    Permissions = [PartyBuildingPermissions.Members.Default, PartyBuildingPermissions.Members.Import],
                });
                await sp.GetRequiredService<IUserAppService>().CreateAsync(new CreateUserDto
                {
                    UserName = "imp.secretary", Name = "支部书记", Password = PlatformFixture.UserPassword,
                    RoleNames = [RoleNames.BranchSecretary, "importer"], OrganizationId = committee.Branch1Id,
                });
            });
            return await fixture.SignInAsync(Code, "imp.secretary");
        });

        var result = await (await ImportAsync(secretary, Xlsx(Row("书记导入甲", 80), Row("书记导入乙", 81, Branch2)), mode: "validRowsOnly"))
            .ReadAsync<ImportResultDto>();

        result.Created.ShouldBe(1);
        result.Rows.ShouldHaveSingleItem().ShouldSatisfyAllConditions(r => r.Line.ShouldBe(3), r => r.Column.ShouldBe("所在党组织"));
        (await MembersNamedAsync("书记导入乙")).ShouldBe(0);
    }

    [Fact]
    public async Task Should_not_know_another_committees_organisations()
    {
        var admin = await AdminAsync();
        var other = await fixture.CreateCommitteeAsync("imp2");
        var otherAdmin = await fixture.SignInAsync("imp2", "imp2.admin");
        await CreateOrganizationAsync(otherAdmin, "乙委员会支部", null);

        var response = await ImportAsync(admin, Xlsx(Row("跨委导入", 90, "乙委员会支部")));

        await response.ShouldBeProblemAsync((HttpStatusCode)422, PartyBuildingErrorCodes.Import.RowsRejected);
        (await fixture.InTenantAsync(other.Id, sp => sp.GetRequiredService<IMembersDbContext>().Members.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Should_import_the_demo_template_cleanly_and_again_as_unchanged()
    {
        var admin = await AdminAsync();
        var response = await admin.SendAsync(HttpMethod.Get, "/api/members/import/template?withDemoRows=true");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var demo = await response.Content.ReadAsByteArrayAsync();
        SpreadsheetReader.Read(demo, "demo.xlsx", 100).Header.Cells.ShouldBe(Headers);

        var first = await (await ImportAsync(admin, demo)).ReadAsync<ImportResultDto>();
        var second = await (await ImportAsync(admin, demo)).ReadAsync<ImportResultDto>();

        first.Created.ShouldBe(20, string.Join("; ", first.Rows.Select(r => $"{r.Line} {r.Column} {r.Message}")));
        second.Unchanged.ShouldBe(20);
    }

    [Fact]
    public async Task Should_answer_the_csv_template_with_one_sample_row()
    {
        var admin = await AdminAsync();

        var response = await admin.SendAsync(HttpMethod.Get, "/api/members/import/template?format=csv");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var sheet = SpreadsheetReader.Read(await response.Content.ReadAsByteArrayAsync(), "template.csv", 100);
        sheet.Header.Cells.ShouldBe(Headers);
        sheet.Rows.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Should_create_organisations_with_parents_from_the_same_file_and_report_them_unchanged_the_second_time()
    {
        var admin = await AdminAsync();
        string[] headers = ["组织名称", "简称", "组织类型", "上级组织", "单位类别", "组织代码", "单位名称", "成立日期", "加入联合党委日期"];
        object?[][] rows =
        [
            ["导入党委", null, "党委", null, null, "IMP-01", "导入单位", new DateOnly(2010, 7, 1), new DateOnly(2019, 6, 1)],
            ["导入党委第一支部", "一支部", "党支部", "IMP-01", null, null, "导入单位", new DateOnly(2012, 7, 1), null],
            ["导入党委第一支部党小组", null, "党小组", "导入党委第一支部", null, null, null, null, null],
        ];
        var file = SpreadsheetWriter.Write(SpreadsheetFormat.Xlsx, "Sheet1", headers.Select(h => new SheetColumn(h)).ToList(), rows);

        var first = await (await ImportAsync(admin, file, url: "/api/organizations/import")).ReadAsync<ImportResultDto>();
        var second = await (await ImportAsync(admin, file, url: "/api/organizations/import")).ReadAsync<ImportResultDto>();

        first.Created.ShouldBe(3, string.Join("; ", first.Rows.Select(r => $"{r.Line} {r.Column} {r.Message}")));
        second.Unchanged.ShouldBe(3, string.Join("; ", second.Rows.Select(r => $"{r.Line} {r.Column} {r.Message}")));
    }
}

public sealed class MemberImportTestsOnSqlite(SqliteFixture fixture)
    : MemberImportTests(fixture), IClassFixture<SqliteFixture>;

public sealed class MemberImportTestsOnPostgreSql(PostgreSqlFixture fixture)
    : MemberImportTests(fixture), IClassFixture<PostgreSqlFixture>;

using System.Net.Http.Headers;
using PartyBuilding.Spreadsheets;
using PartyBuilding.Testing;

namespace PartyBuilding.Members;

/// <summary>Member import files as a committee fills in the template, and their upload.</summary>
public static class MemberImportFiles
{
    public static readonly string[] Headers =
    [
        "姓名", "性别", "民族", "出生日期", "身份证号码", "手机号码", "学历", "职务", "工作单位", "所在党组织", "党小组", "人员类别",
        "申请入党日期", "确定积极分子日期", "确定发展对象日期", "入党日期", "转正日期", "流动党员", "失联", "先锋岗", "备注",
    ];

    /// <summary>A full member who applied in 2005, of the organisation named <paramref name="organization"/>.</summary>
    public static object?[] Row(string name, DateOnly birth, string idNumber, string organization, string? partyGroup = null) =>
    [
        name, "男", "汉族", birth, idNumber, "13800000000", "大学本科", "科员", "林西县某局", organization, partyGroup, "正式党员",
        new DateOnly(2005, 3, 1), new DateOnly(2005, 9, 1), new DateOnly(2006, 10, 1), new DateOnly(2007, 10, 1),
        new DateOnly(2008, 10, 1), "否", "否", "无", null,
    ];

    public static byte[] Xlsx(params object?[][] rows) =>
        SpreadsheetWriter.Write(SpreadsheetFormat.Xlsx, "Sheet1", Headers.Select(h => new SheetColumn(h)).ToList(), rows);

    public static async Task<HttpResponseMessage> ImportAsync(
        SessionClient client, byte[] content, string fileName = "members.xlsx", string mode = "allOrNothing", bool dryRun = false,
        string url = "/api/members/import")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        form.Add(new StringContent(mode), "mode");
        form.Add(new StringContent(dryRun ? "true" : "false"), "dryRun");
        return await client.Http.PostAsync(url, form);
    }
}

using System.Globalization;
using PartyBuilding.Organizations;

namespace PartyBuilding.Members.Import;

/// <summary>
/// Made-up people for the template: valid ID numbers of 林西县 (region 150424) with the GB 11643 check character,
/// stage dates in pipeline order, each placed in one of the committee's branches. Fixed, not random, so the same
/// demo file imports again as unchanged.
/// </summary>
internal static class MemberDemoRows
{
    private const string Region = "150424";
    private const string NoBranch = "第一党支部";

    private static readonly (string Name, Gender Gender, string Ethnicity, DateOnly Birth, Education Education, string Job, string WorkUnit)[] People =
    [
        ("王建军", Gender.Male, "汉族", new(1968, 3, 12), Education.Bachelor, "局长", "林西县政务服务局"),
        ("李秀兰", Gender.Female, "汉族", new(1972, 7, 5), Education.College, "副局长", "林西县政务服务局"),
        ("张志强", Gender.Male, "蒙古族", new(1975, 11, 23), Education.Bachelor, "科长", "林西县政务服务局"),
        ("刘桂芳", Gender.Female, "汉族", new(1970, 1, 30), Education.College, "办事员", "林西县行政审批服务中心"),
        ("陈国华", Gender.Male, "满族", new(1966, 9, 8), Education.HighSchool, "主任", "林西县行政审批服务中心"),
        ("杨丽娟", Gender.Female, "汉族", new(1980, 4, 17), Education.Postgraduate, "副主任", "林西县行政审批服务中心"),
        ("赵永明", Gender.Male, "汉族", new(1978, 12, 2), Education.Bachelor, "窗口负责人", "林西县不动产登记中心"),
        ("黄海燕", Gender.Female, "回族", new(1983, 6, 21), Education.Bachelor, "科员", "林西县不动产登记中心"),
        ("周宝山", Gender.Male, "蒙古族", new(1973, 2, 14), Education.College, "站长", "林西县公共资源交易中心"),
        ("吴春梅", Gender.Female, "汉族", new(1985, 10, 9), Education.Bachelor, "科员", "林西县公共资源交易中心"),
        ("徐立新", Gender.Male, "汉族", new(1988, 5, 28), Education.Bachelor, "科员", "林西县政务服务局"),
        ("孙晓敏", Gender.Female, "汉族", new(1990, 8, 16), Education.Postgraduate, "科员", "林西县行政审批服务中心"),
        ("马振东", Gender.Male, "回族", new(1987, 3, 3), Education.College, "窗口工作人员", "林西县不动产登记中心"),
        ("朱文静", Gender.Female, "汉族", new(1992, 12, 25), Education.Bachelor, "窗口工作人员", "林西县政务服务局"),
        ("胡宏伟", Gender.Male, "汉族", new(1991, 7, 11), Education.Bachelor, "科员", "林西县公共资源交易中心"),
        ("郭晓燕", Gender.Female, "蒙古族", new(1994, 2, 7), Education.College, "窗口工作人员", "林西县行政审批服务中心"),
        ("何俊峰", Gender.Male, "汉族", new(1995, 9, 19), Education.Bachelor, "科员", "林西县政务服务局"),
        ("高雅琴", Gender.Female, "汉族", new(1996, 4, 4), Education.Bachelor, "科员", "林西县不动产登记中心"),
        ("林志远", Gender.Male, "汉族", new(1997, 11, 13), Education.SecondaryVocational, "辅助人员", "林西县公共资源交易中心"),
        ("罗佳怡", Gender.Female, "满族", new(1998, 6, 30), Education.Bachelor, "科员", "林西县政务服务局"),
    ];

    /// <summary>Ten full members, three probationary members, three candidates, two activists and two applicants.</summary>
    private static readonly MemberStage[] Stages =
    [
        .. Enumerable.Repeat(MemberStage.Full, 10), .. Enumerable.Repeat(MemberStage.Probationary, 3),
        .. Enumerable.Repeat(MemberStage.Candidate, 3), .. Enumerable.Repeat(MemberStage.Activist, 2),
        .. Enumerable.Repeat(MemberStage.Applicant, 2),
    ];

    public static IReadOnlyList<MemberSheetRow> For(IReadOnlyList<OrganizationEntry> branches) =>
        People.Select((_, i) => RowOf(i, branches.Count == 0 ? NoBranch : branches[i % branches.Count].Name)).ToList();

    public static MemberSheetRow Sample(OrganizationEntry? branch) => RowOf(0, branch?.Name ?? NoBranch);

    private static MemberSheetRow RowOf(int index, string organizationName)
    {
        var (name, gender, ethnicity, birth, education, job, workUnit) = People[index];
        var stage = Stages[index];
        var member = new Member(Guid.Empty, Guid.Empty, name, stage)
        {
            Gender = gender,
            Ethnicity = ethnicity,
            BirthDate = birth,
            Education = education,
            Job = job,
            WorkUnit = workUnit,
            PioneerPost = index % 7 == 0 ? PioneerPost.Pioneer : index % 9 == 4 ? PioneerPost.Model : PioneerPost.None,
            IsMobile = index == 8,
        };
        SetStageDates(member, index, stage);
        var phone = "1384763" + (1000 + index * 37).ToString("D4", CultureInfo.InvariantCulture);
        return new MemberSheetRow(member, IdNumberOf(index, gender, birth), phone, organizationName, null);
    }

    /// <summary>Full members applied long ago; the later stages were reached recently, before the demo's own day.</summary>
    private static void SetStageDates(Member member, int index, MemberStage stage)
    {
        var applied = stage switch
        {
            MemberStage.Full => new DateOnly(2008, 3, 1).AddMonths(index * 5),
            MemberStage.Probationary => new DateOnly(2023, 5, 10).AddMonths(index - 10),
            MemberStage.Candidate => new DateOnly(2023, 5, 8).AddMonths(index - 13),
            MemberStage.Activist => new DateOnly(2024, 9, 12).AddMonths(index - 16),
            _ => new DateOnly(2026, 3, 16).AddMonths(index - 18),
        };
        member.AppliedOn = applied;
        member.ActivistOn = stage >= MemberStage.Activist ? applied.AddMonths(6) : null;
        member.CandidateOn = stage >= MemberStage.Candidate ? applied.AddMonths(19) : null;
        member.AdmittedOn = stage >= MemberStage.Probationary ? applied.AddMonths(31) : null;
        member.FullMembershipOn = stage >= MemberStage.Full ? applied.AddMonths(43) : null;
    }

    private static string IdNumberOf(int index, Gender gender, DateOnly birth)
    {
        // The sequence's last digit is odd for men and even for women (GB 11643).
        var sequence = 100 + index * 2 + (gender == Gender.Male ? 1 : 0);
        var first17 = Region + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture)
                      + sequence.ToString("D3", CultureInfo.InvariantCulture);
        return first17 + IdNumber.CheckCharacterFor(first17);
    }
}

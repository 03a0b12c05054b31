using PartyBuilding.Organizations;

namespace PartyBuilding.Members.Import;

/// <summary>
/// Made-up people for the template: valid ID numbers of 林西县 (region 150424) with the GB 11643 check character,
/// stage dates in pipeline order, each placed in one of the committee's branches. Fixed, not random, so the same
/// demo file imports again as unchanged.
/// </summary>
internal static class MemberDemoRows
{
    private const string RegionCode = "150424";
    private const string NoBranch = "第一党支部";

    /// <summary>The day the demo people's ages are counted from: fixed, so the file is the same whenever it is made.</summary>
    private static readonly DateOnly ReferenceDay = new(2026, 1, 1);

    private static readonly string[] Jobs = ["科员", "科长", "窗口工作人员", "副主任", "办事员"];

    private static readonly string[] WorkUnits = ["林西县政务服务局", "林西县行政审批服务中心", "林西县不动产登记中心", "林西县公共资源交易中心"];

    /// <summary>Ten full members, three probationary members, three candidates, two activists and two applicants.</summary>
    private static readonly MemberStage[] Stages =
    [
        .. Enumerable.Repeat(MemberStage.Full, 10), .. Enumerable.Repeat(MemberStage.Probationary, 3),
        .. Enumerable.Repeat(MemberStage.Candidate, 3), .. Enumerable.Repeat(MemberStage.Activist, 2),
        .. Enumerable.Repeat(MemberStage.Applicant, 2),
    ];

    public static IReadOnlyList<MemberSheetRow> For(IReadOnlyList<OrganizationEntry> branches) =>
        People().Select((person, i) => RowOf(person, i, branches.Count == 0 ? NoBranch : branches[i % branches.Count].Name)).ToList();

    public static MemberSheetRow Sample(OrganizationEntry? branch) => RowOf(People()[0], 0, branch?.Name ?? NoBranch);

    private static MemberSheetRow RowOf(SamplePerson person, int index, string organizationName)
    {
        var stage = Stages[index];
        var member = new Member(Guid.Empty, Guid.Empty, person.Name, stage)
        {
            Gender = person.Gender,
            Ethnicity = person.Ethnicity,
            BirthDate = person.BirthDate,
            Education = person.Education,
            Job = Jobs[index % Jobs.Length],
            WorkUnit = WorkUnits[index % WorkUnits.Length],
            PioneerPost = index % 7 == 0 ? PioneerPost.Pioneer : index % 9 == 4 ? PioneerPost.Model : PioneerPost.None,
            IsMobile = index == 8,
        };
        SetStageDates(member, index, stage);
        return new MemberSheetRow(member, person.IdNumber, person.Phone, organizationName, null);
    }

    /// <summary>
    /// The same people every time (a fixed seed, another than the demo committee's); full members are old enough
    /// to have applied in 2008 at 18 or more.
    /// </summary>
    private static IReadOnlyList<SamplePerson> People()
    {
        var people = new SamplePeople(seed: 20260101, RegionCode);
        return Stages.Select(stage => stage == MemberStage.Full
            ? people.Next(ReferenceDay, 40, 58)
            : people.Next(ReferenceDay, 25, 40)).ToList();
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
}

using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Framework.Timing;
using PartyBuilding.Meetings;
using PartyBuilding.Members;

namespace PartyBuilding.Demo;

/// <summary>
/// Most of a year of 三会一课 and 主题党日 for the demo committee, recorded through the meetings service. Branches
/// differ in diligence, so the compliance pages, the charts and the daily inspection show a true mixture: most
/// branches complete, some behind, a few far behind, and some meetings submitted without minutes. Each branch is
/// recorded in a scope of its own, as a secretary's requests would be, so one unit of work never tracks the year.
/// </summary>
public sealed class LinxiMeetings(IServiceScopeFactory scopes)
{
    private static readonly string[] ThemedDayTopics =
    [
        "重温入党誓词，学习党章党规", "警示教育主题党日：参观西山烈士陵园", "学习贯彻党的二十届四中全会精神",
        "“孝行林西、润泽千家”志愿服务", "优化营商环境专题学习", "“我陪群众走流程”体验活动", "创建廉洁优政窗口承诺签名",
        "政务服务“一次办理”经验交流", "“四先”活动：先想先学先试先用", "学习《中国共产党支部工作条例（试行）》",
        "党员先锋岗亮身份亮承诺", "为民服务“零距离”座谈",
    ];

    private static readonly string[] LessonTopics =
    [
        "以党建引领政务服务提质增效", "全面从严治党永远在路上", "践行为人民服务的根本宗旨", "做新时代合格党员",
    ];

    private static readonly string[] LeaveReasons = ["出差", "病假", "下乡驻村", "参加培训", "事假"];

    private readonly Random _random = new(1921);

    public async Task SeedAsync(DemoCommittee committee, CancellationToken cancellationToken)
    {
        var today = committee.Today;
        var first = Period.Containing(PeriodKind.Month, today.AddMonths(-11));
        foreach (var branch in committee.Branches)
        {
            var diligence = branch.Name == LinxiCatalog.SecretaryBranch ? 1.0 : _random.Next(100) switch
            {
                < 55 => 0.97,
                < 85 => 0.75,
                _ => 0.45,
            };
            var themedDay = 5 + _random.Next(10);
            await using var scope = scopes.CreateAsyncScope();
            var meetings = scope.ServiceProvider.GetRequiredService<IMeetingAppService>();
            for (var month = first; month.Start <= today; month = month.Next())
            {
                await SeedMonthAsync(meetings, branch, month, themedDay, diligence, today, cancellationToken);
            }
        }

        foreach (var (committeeId, name) in committee.TownshipCommittees)
        {
            var june = new DateOnly(today.Year, 6, 18);
            if (june < today && _random.NextDouble() < 0.8)
            {
                var township = name.Replace("党委", string.Empty, StringComparison.Ordinal);
                var audience = committee.Branches.Where(b => b.ParentId == committeeId).SelectMany(b => b.Roster).ToList();
                await using var scope = scopes.CreateAsyncScope();
                await RecordAsync(scope.ServiceProvider.GetRequiredService<IMeetingAppService>(), new MeetingInput
                {
                    OrganizationId = committeeId,
                    Types = [MeetingType.PartyLesson],
                    Mode = MeetingMode.Hybrid,
                    Venues = [new() { Name = township + "党群服务中心", IsMain = true, AttendeeCount = 40 }, new() { Name = "各村便民服务站", AttendeeCount = 60 }],
                    SpeakerName = township + "党委书记",
                    SpeakerIsSecretary = true,
                    Topic = "党委书记讲党课：" + Pick(LessonTopics),
                    Minutes = "党委书记以线上+线下方式讲授党课，各村党员在便民服务站集中收看并重温入党誓词。",
                }, june, new TimeOnly(9, 0), audience, diligence: 1, submit: true, cancellationToken);
            }
        }
    }

    private async Task SeedMonthAsync(
        IMeetingAppService meetings,
        DemoBranch branch, Period month, int themedDay, double diligence, DateOnly today, CancellationToken cancellationToken)
    {
        var members = branch.Roster.Where(p => p.IsPartyMember).ToList();
        var host = branch.Term?.Secretary.Name ?? members.FirstOrDefault()?.Name;
        var quarterEnds = month.Start.Month % 3 == 0;

        // 主题党日 every month; in the last month of a quarter held as the quarter's 党员大会 (结合主题党日).
        List<MeetingType> themedTypes = quarterEnds ? [MeetingType.ThemedPartyDay, MeetingType.PartyMemberAssembly] : [MeetingType.ThemedPartyDay];
        await MaybeRecordAsync(meetings, new MeetingInput
        {
            OrganizationId = branch.Id,
            Types = themedTypes,
            Place = "党员活动室",
            HostName = host,
            Topic = Pick(ThemedDayTopics),
            Agenda = "一、集中学习；二、交流发言；三、" + (quarterEnds ? "支部党员大会议题表决" : "开展主题活动"),
            Resolutions = quarterEnds ? "审议通过本季度党建工作总结。" : null,
            HasVote = quarterEnds,
        }, month.Start.AddDays(themedDay - 1), new TimeOnly(15, 0), members, diligence, today, cancellationToken);

        if (branch.Term is { } term && term.Covers(month.Start))
        {
            var committeeMembers = members.Take(4).ToList();
            var day = month.Start.AddDays(Math.Min(19 + _random.Next(6), month.EndExclusive.DayNumber - month.Start.DayNumber - 1));
            // The demo secretary records this month's 支委会 in the console (the e2e scenario of issue 4).
            if (!(branch.Name == LinxiCatalog.SecretaryBranch && month.EndExclusive > today))
            {
                await MaybeRecordAsync(meetings, new MeetingInput
                {
                    OrganizationId = branch.Id,
                    Types = [MeetingType.BranchCommittee],
                    Place = "支部书记办公室",
                    HostName = term.Secretary.Name,
                    Topic = "研究部署本月党建工作",
                    Agenda = "一、传达上级会议精神；二、研究本月主题党日安排；三、讨论党员发展工作",
                }, day, new TimeOnly(16, 30), committeeMembers, diligence, today, cancellationToken);
            }
        }

        if (month.Start.Month % 3 == 2)
        {
            var speaker = members.Count > 0 ? members[_random.Next(members.Count)] : null;
            await MaybeRecordAsync(meetings, new MeetingInput
            {
                OrganizationId = branch.Id,
                Types = [MeetingType.PartyLesson],
                Place = "县政务服务中心三楼会议室",
                Mode = _random.Next(4) == 0 ? MeetingMode.Online : MeetingMode.Offline,
                HostName = host,
                Topic = Pick(LessonTopics),
                SpeakerName = speaker?.Name,
                SpeakerMemberId = speaker?.Id,
            }, month.Start.AddDays(12 + _random.Next(8)), new TimeOnly(9, 30), members, diligence, today, cancellationToken);
        }

        foreach (var group in branch.PartyGroups)
        {
            await MaybeRecordAsync(meetings, new MeetingInput
            {
                OrganizationId = group,
                Types = [MeetingType.PartyGroup],
                Place = "窗口休息区",
                Topic = "学习交流、谈心谈话",
            }, month.Start.AddDays(9 + _random.Next(8)), new TimeOnly(17, 0),
                members.Where(p => p.PartyGroupId == group).ToList(), diligence, today, cancellationToken);
        }

        if (month.Start.Month == 12)
        {
            await MaybeRecordAsync(meetings, new MeetingInput
            {
                OrganizationId = branch.Id,
                Types = [MeetingType.OrganizationalLife, MeetingType.DemocraticAppraisal],
                Place = "党员活动室",
                HostName = host,
                Topic = "年度组织生活会暨民主评议党员",
                Agenda = "一、支部班子对照检查；二、党员个人对照检查、开展批评和自我批评；三、民主评议党员",
                HasVote = true,
            }, month.Start.AddDays(22), new TimeOnly(14, 30), members, diligence, today, cancellationToken);
        }
    }

    /// <summary>Holds the meeting with the branch's diligence as its chance, if its day has come.</summary>
    private Task MaybeRecordAsync(
        IMeetingAppService meetings,
        MeetingInput input, DateOnly day, TimeOnly time, IReadOnlyList<DemoPerson> invited, double odds, DateOnly today,
        CancellationToken cancellationToken)
    {
        if (day >= today || _random.NextDouble() >= odds)
        {
            return Task.CompletedTask;
        }

        // A few of the last fortnight's records are still drafts; a few were submitted without minutes.
        var submit = day < today.AddDays(-14) || _random.Next(3) > 0;
        input.Minutes ??= _random.Next(40) == 0 ? null : $"会议由{input.HostName ?? "支部书记"}主持，围绕“{input.Topic}”进行了学习讨论，与会党员逐一发言。";
        return RecordAsync(meetings, input, day, time, invited, odds, submit, cancellationToken);
    }

    private async Task RecordAsync(
        IMeetingAppService meetings,
        MeetingInput input, DateOnly day, TimeOnly time, IReadOnlyList<DemoPerson> invited, double diligence, bool submit,
        CancellationToken cancellationToken)
    {
        input.StartsAt = LinxiCatalog.ToUtc(day, time);
        input.EndsAt = input.StartsAt.AddHours(input.Types.Contains(MeetingType.PartyLesson) ? 2 : 1.5);
        input.Attendees = [.. invited.Select(person => Attendance(person, diligence))];
        var meeting = await meetings.CreateAsync(input, cancellationToken);
        if (submit)
        {
            await meetings.SubmitAsync(meeting.Id, new SubmitMeetingInput { ConcurrencyStamp = meeting.ConcurrencyStamp }, cancellationToken);
        }
    }

    private MeetingAttendeeDto Attendance(DemoPerson person, double diligence)
    {
        var roll = _random.NextDouble();
        var status = roll < 0.86 + diligence / 10 ? AttendanceStatus.Present : roll < 0.99 ? AttendanceStatus.Leave : AttendanceStatus.Absent;
        return new MeetingAttendeeDto
        {
            MemberId = person.Id,
            Status = status,
            AbsenceReason = status == AttendanceStatus.Leave ? Pick(LeaveReasons) : null,
        };
    }

    private string Pick(string[] values) => values[_random.Next(values.Length)];
}

namespace PartyBuilding.Meetings;

/// <summary>
/// The meetings of organisational life (三会一课 and the other recurring duties of DOMAIN.md §2.2) a branch
/// records; one meeting may count for several (a 主题党日 held as a 党员大会).
/// </summary>
public enum MeetingType
{
    /// <summary>支部党员大会 (支部工作条例 Art. 11).</summary>
    PartyMemberAssembly = 1,

    /// <summary>支部委员会会议 (Art. 12).</summary>
    BranchCommittee = 2,

    /// <summary>党小组会 (Art. 13).</summary>
    PartyGroup = 3,

    /// <summary>党课 (Art. 16).</summary>
    PartyLesson = 4,

    /// <summary>主题党日.</summary>
    ThemedPartyDay = 5,

    /// <summary>组织生活会.</summary>
    OrganizationalLife = 6,

    /// <summary>民主评议党员.</summary>
    DemocraticAppraisal = 7,
}

/// <summary>Where a meeting takes place: on site, online, or both (线上+线下, DOMAIN.md §1.1 "3+" 模式).</summary>
public enum MeetingMode
{
    Offline = 1,
    Online = 2,
    Hybrid = 3,
}

public enum MeetingStatus
{
    Draft = 1,

    /// <summary>Reported to the committee: it counts for the plan and edits need a reason.</summary>
    Submitted = 2,
}

public enum AttendanceStatus
{
    Present = 1,
    Absent = 2,

    /// <summary>请假: excused, with a reason.</summary>
    Leave = 3,
}

/// <summary>Where a planned slot stands on the committee's today.</summary>
public enum MeetingSlotStatus
{
    Fulfilled = 1,
    Open = 2,
    Overdue = 3,
    Exempt = 4,
}

public static class MeetingConsts
{
    public const int MaxPlaceLength = 128;
    public const int MaxPersonNameLength = 64;
    public const int MaxTopicLength = 256;
    public const int MaxTextLength = 20000;
    public const int MaxReasonLength = 500;
    public const int MaxCitationLength = 500;
    public const int MaxVenues = 50;
    public const int MaxAttendees = 1000;
    public const int MaxRequiredCount = 31;

    /// <summary>Enough for a year of periods and a few more; a wider calendar request is a report, not a calendar.</summary>
    public const int MaxCalendarDays = 400;

    /// <summary>The owner type of meeting attachments in the Files module.</summary>
    public const string AttachmentOwner = "Meeting";

    /// <summary>Stored as the names of <c>OrganizationType</c>, comma-separated.</summary>
    public const int MaxAppliesToLength = 128;
}

/// <summary>Why a slot is owed nothing: automatic reasons are codes, stored exemptions carry the officer's words.</summary>
public static class MeetingExemptionReasons
{
    /// <summary>The organisation was established or joined the committee after the period's first day.</summary>
    public const string FormedMidPeriod = nameof(FormedMidPeriod);

    /// <summary>The organisation left the committee or ended before the period's last day.</summary>
    public const string LeftMidPeriod = nameof(LeftMidPeriod);

    /// <summary>An officer exempted the organisation (the reason is theirs).</summary>
    public const string Exempted = nameof(Exempted);
}

public static class MeetingWarningCodes
{
    public const string QuorumNotMet = nameof(QuorumNotMet);
    public const string NoAttendance = nameof(NoAttendance);
    public const string NoMinutes = nameof(NoMinutes);
}

/// <summary>The sources the module cites (DOMAIN.md §2.2); the seeded rules and the warnings carry them.</summary>
public static class MeetingCitations
{
    private const string BranchRegulations = "《中国共产党支部工作条例（试行）》";

    public const string PartyMemberAssembly = BranchRegulations + "第十一条：支部党员大会一般每季度召开1次";
    public const string BranchCommittee = BranchRegulations + "第十二条：支部委员会会议一般每月召开1次（设支部委员会的党支部）";
    public const string PartyGroup = BranchRegulations + "第十三条：党小组会一般每月召开1次";

    public const string BranchPartyLesson = BranchRegulations
        + "第十六条：党支部应当按期开展党课，条例未规定次数；每季度1次为本联合党委的选择（可调整）";

    public const string SecretaryPartyLesson = BranchRegulations + "第十六条：党委（党组）书记每年至少讲1次党课";
    public const string ThemedPartyDay = "主题党日：党支部每月相对固定1天开展主题党日活动（条文序号未经确认）";
    public const string OrganizationalLife = "组织生活会：一般每年召开1次，多在第四季度（地方做法，条文序号未经确认）";
    public const string DemocraticAppraisal = "民主评议党员：一般每年开展1次，可与组织生活会结合（地方做法，条文序号未经确认）";

    public const string AssemblyQuorum = BranchRegulations + "第十一条：有表决权的到会党员超过应到会有表决权党员的半数，方可召开";
    public const string CommitteeQuorum = BranchRegulations + "第十二条：支部委员会会议须有半数以上委员到会方可召开";

    public const string Records = "组织生活记录：签到表、会议纪要等（“六有”，地方做法，DOMAIN.md §2.2）";
}

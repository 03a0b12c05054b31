namespace PartyBuilding.Members;

public enum Gender
{
    Male = 1,
    Female = 2,
}

/// <summary>Highest education (学历), in the bands the organisation statistics report.</summary>
public enum Education
{
    Postgraduate = 1,
    Bachelor = 2,
    College = 3,
    SecondaryVocational = 4,
    HighSchool = 5,
    JuniorHighOrBelow = 6,
}

/// <summary>
/// The development pipeline (《中国共产党发展党员工作细则》2014): 入党申请人 → 入党积极分子 → 发展对象 → 预备党员 → 正式党员.
/// Only probationary and full members are party members; the first three stages are people on their way.
/// </summary>
public enum MemberStage
{
    Applicant = 1,
    Activist = 2,
    Candidate = 3,
    Probationary = 4,
    Full = 5,
}

/// <summary>正式党员 / 预备党员: the category a party member belongs to, derived from the stage.</summary>
public enum MemberCategory
{
    Full = 1,
    Probationary = 2,
}

/// <summary>Whether the record is a current one of the committee, or why it no longer is.</summary>
public enum MemberStatus
{
    Active = 1,

    /// <summary>The organisation relationship has been transferred out and the receipt confirmed.</summary>
    TransferredOut = 2,

    /// <summary>取消预备党员资格.</summary>
    ProbationCancelled = 3,

    /// <summary>停止党籍, 除名, 退党 or death: the record stays for the history.</summary>
    Left = 4,
}

/// <summary>党员先锋岗 / 党员示范岗.</summary>
public enum PioneerPost
{
    None = 0,
    Pioneer = 1,
    Model = 2,
}

public enum MemberHistoryKind
{
    Created = 1,
    OrganizationChanged = 2,
    StageChanged = 3,
    CategoryChanged = 4,
    StatusChanged = 5,
    ProbationExtended = 6,
}

public enum TransferDirection
{
    Outgoing = 1,
    Incoming = 2,
}

public enum TransferStatus
{
    Pending = 1,
    Completed = 2,
    Cancelled = 3,
}

public static class MemberConsts
{
    public const int MaxNameLength = 64;
    public const int IdNumberLength = 18;
    public const int MaxPhoneLength = 20;
    public const int MaxEthnicityLength = 16;
    public const int MaxJobLength = 64;
    public const int MaxWorkUnitLength = 128;
    public const int MaxNotesLength = 1000;
    public const int MaxReasonLength = 500;
    public const int MaxMeetingLength = 128;
    public const int MaxHistoryValueLength = 128;
    public const int MaxLetterNumberLength = 64;
    public const int MaxCounterpartyLength = 128;
    public const int MaxPhotoBytes = 2 * 1024 * 1024;
    public const int MaxCipherLength = 128;
    public const int HashLength = 64;

    /// <summary>Mainland mobile numbers: 11 digits starting with 1.</summary>
    public const string PhonePattern = "^1[3-9][0-9]{9}$";

    /// <summary>Eligibility: an applicant must be at least 18 (党章 Art. 1; checked from the ID number).</summary>
    public const int MinimumApplicantAge = 18;

    /// <summary>发展党员工作细则 Art. 13: at least one year of nurturing as an activist before becoming a candidate.</summary>
    public const int ActivistToCandidateMinMonths = 12;

    /// <summary>发展党员工作细则 (official Q&amp;A on the 2014 changes): the branch talks with an applicant within one month.</summary>
    public const int ApplicationTalkWithinMonths = 1;

    /// <summary>党章 Art. 7: probation lasts one year from the branch meeting that admits the member.</summary>
    public const int ProbationMonths = 12;

    /// <summary>党章 Art. 7 and 发展党员工作细则 Art. 31: probation may be extended once, by at least half a year and at most one.</summary>
    public const int ProbationExtensionMinMonths = 6;

    public const int ProbationExtensionMaxMonths = 12;

    /// <summary>The due list warns of probation ends this many days ahead.</summary>
    public const int ProbationEndingWarningDays = 30;

    public static MemberCategory? CategoryOf(MemberStage stage) => stage switch
    {
        MemberStage.Full => MemberCategory.Full,
        MemberStage.Probationary => MemberCategory.Probationary,
        _ => null,
    };
}

/// <summary>The 56 ethnic groups of China (民族), in the order of GB/T 3304.</summary>
public static class Ethnicities
{
    public static readonly IReadOnlyList<string> All =
    [
        "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族",
        "满族", "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族",
        "佤族", "畲族", "高山族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族",
        "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族",
        "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族", "保安族", "裕固族", "京族", "塔塔尔族",
        "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族",
    ];

    private static readonly HashSet<string> Known = [.. All];

    public static bool IsKnown(string? value) => value is not null && Known.Contains(value);
}

namespace PartyBuilding.Activities;

/// <summary>Where an activity stands in its review: recorded by the branch, reviewed by the committee.</summary>
public enum ActivityStatus
{
    Draft = 1,
    Submitted = 2,
    Returned = 3,
    Approved = 4,
}

/// <summary>规定+自选 (DOMAIN.md §1.1, "3+" 模式): an activity the committee requires, or one the branch chose.</summary>
public enum ActivityRequirement
{
    Required = 1,
    Optional = 2,
}

/// <summary>线上+线下 (DOMAIN.md §1.1): held in person, online, or both with a main venue and sub-venues.</summary>
public enum ActivityMode
{
    Offline = 1,
    Online = 2,
    Hybrid = 3,
}

/// <summary>
/// The 1+3+X template of DOMAIN.md §1.5: 党建 plus the three common options (中心工作, 重点任务, 日常工作) and the
/// unit's own speciality (特色 X), and the eight district-level 党建+ fields.
/// </summary>
public enum ActivityCategoryGroup
{
    CentralWork = 1,
    KeyTask = 2,
    DailyWork = 3,
    Special = 4,
    Field = 5,
}

public enum ActivityReviewDecision
{
    Approve = 1,
    Return = 2,
}

public static class ActivityConsts
{
    /// <summary>The owner type of an activity's attachments in the Files module.</summary>
    public const string AttachmentOwnerType = "Activity";

    public const int MaxTitleLength = 128;
    public const int MaxPlaceLength = 128;
    public const int MaxBrandNameLength = 64;
    public const int MaxOutcomeLength = 4000;
    public const int MaxCommentLength = 1000;
    public const int MaxCategoryNameLength = 64;
    public const int MaxPersonNameLength = 64;
    public const int MaxFilterLength = 64;

    /// <summary>Generous for a branch of at most 50 members (DOMAIN.md §2.1) or a joint activity of several.</summary>
    public const int MaxParticipants = 500;

    public const int MaxOtherParticipants = 100_000;
    public const int MaxPeopleServed = 1_000_000;
    public const double MaxVolunteerHours = 1_000_000;
}

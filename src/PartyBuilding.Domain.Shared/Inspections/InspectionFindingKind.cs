namespace PartyBuilding.Inspections;

/// <summary>What the daily inspection (日巡查, DOMAIN.md §1.1 mechanism 2) reports about an organisation.</summary>
public enum InspectionFindingKind
{
    /// <summary>A required meeting whose period has ended without it.</summary>
    Overdue = 1,

    /// <summary>A required meeting still open whose period ends within <see cref="InspectionConsts.DueSoonDays"/> days.</summary>
    DueSoon = 2,

    /// <summary>A submitted meeting with no attendance recorded.</summary>
    NoAttendance = 3,

    /// <summary>A submitted meeting with neither minutes nor a minutes attachment.</summary>
    NoMinutes = 4,
}

public static class InspectionConsts
{
    /// <summary>The look-ahead of a reminder, as issue 4 sets it: a week leaves a branch time to convene.</summary>
    public const int DueSoonDays = 7;

    /// <summary>
    /// How far back submitted meetings are checked for missing attendance or minutes: the current and the previous
    /// quarter, the span a quarterly summary (季汇总) still reports on.
    /// </summary>
    public const int IncompleteMeetingLookBackMonths = 6;

    /// <summary>Enough for a branch's morning; the full list is a page of its own.</summary>
    public const int MaxReminders = 50;

    public const int MaxItemKeyLength = 96;

    public const int MaxPeriodKeyLength = 16;
}

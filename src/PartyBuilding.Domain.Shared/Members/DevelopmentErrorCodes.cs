namespace PartyBuilding.Members;

/// <summary>
/// Refusals of the development pipeline and of transfer tracking beyond those in
/// <see cref="PartyBuildingErrorCodes.Members"/>; kept apart so the member records and the pipeline can grow
/// their codes independently.
/// </summary>
public static class DevelopmentErrorCodes
{
    /// <summary>A date of a step lies after the committee's today: the platform records decisions, it does not plan them.</summary>
    public const string DateInFuture = "PartyBuilding:Development:DateInFuture";

    /// <summary>The step needs the meeting that decided it (支委会 or 支部党员大会) and its date.</summary>
    public const string DecidingMeetingRequired = "PartyBuilding:Development:DecidingMeetingRequired";

    /// <summary>An incoming transfer is completed by naming the arrived member's record.</summary>
    public const string ArrivedMemberRequired = "PartyBuilding:Development:ArrivedMemberRequired";

    /// <summary>A receipt confirmed before the letter was issued.</summary>
    public const string ReceiptBeforeIssue = "PartyBuilding:Development:ReceiptBeforeIssue";
}

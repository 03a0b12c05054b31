namespace PartyBuilding.Members;

/// <summary>
/// The person and placement fields of a record, as the console, the importer and the demo seed supply them to
/// <see cref="MemberManager"/>. Texts may carry surrounding blanks; the manager trims them.
/// </summary>
public sealed record MemberProfile
{
    public required string Name { get; init; }

    public required Gender Gender { get; init; }

    public required string Ethnicity { get; init; }

    public required DateOnly BirthDate { get; init; }

    /// <summary>Null keeps the stored number (updates only: a new record needs one).</summary>
    public string? IdNumber { get; init; }

    /// <summary>Null keeps the stored number, an empty string clears it.</summary>
    public string? Phone { get; init; }

    public Education? Education { get; init; }

    public string? Job { get; init; }

    public string? WorkUnit { get; init; }

    public required Guid OrganizationId { get; init; }

    public Guid? PartyGroupId { get; init; }

    public bool IsMobile { get; init; }

    public bool IsLostContact { get; init; }

    /// <summary>Kept only while <see cref="IsLostContact"/>.</summary>
    public DateOnly? LostContactSince { get; init; }

    public PioneerPost PioneerPost { get; init; }

    public string? Notes { get; init; }
}

/// <summary>
/// The stage a person is recorded at and the day each stage reached began: every stage up to
/// <see cref="Stage"/> needs its date, in pipeline order; stages not reached have none.
/// </summary>
public sealed record MemberStageDates(
    MemberStage Stage,
    DateOnly? AppliedOn,
    DateOnly? TalkedOn = null,
    DateOnly? ActivistOn = null,
    DateOnly? CandidateOn = null,
    DateOnly? AdmittedOn = null,
    DateOnly? FullMembershipOn = null);

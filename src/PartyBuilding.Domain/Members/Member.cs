using PartyBuilding.Framework.Auditing;
using PartyBuilding.Framework.Domain.Entities.Auditing;
using PartyBuilding.Framework.MultiTenancy;

namespace PartyBuilding.Members;

/// <summary>
/// A person's record (党员档案): party members, and people in the development pipeline before they are members.
/// The ID and phone numbers are stored encrypted with a masked copy for lists and a keyed hash for search; the
/// clear values never reach the database, the logs or the audit trail.
/// </summary>
[Audited]
public sealed class Member : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private Member()
    {
    }

    public Member(Guid id, Guid organizationId, string name, MemberStage stage) : base(id)
    {
        OrganizationId = organizationId;
        Name = name;
        Stage = stage;
        Status = MemberStatus.Active;
    }

    public Guid? TenantId { get; private set; }

    public string Name { get; set; } = null!;

    public Gender Gender { get; set; }

    public string Ethnicity { get; set; } = null!;

    public DateOnly BirthDate { get; set; }

    [MaskedInAudit]
    public string IdNumberCipher { get; private set; } = null!;

    /// <summary>HMAC of the normalised number: equality search and import matching without decrypting.</summary>
    [MaskedInAudit]
    public string IdNumberHash { get; private set; } = null!;

    /// <summary>What answers show without the unmask permission (<c>150***********1234</c>).</summary>
    public string IdNumberMasked { get; private set; } = null!;

    [MaskedInAudit]
    public string? PhoneCipher { get; private set; }

    public string? PhoneMasked { get; private set; }

    public Education? Education { get; set; }

    /// <summary>职务 / 岗位.</summary>
    public string? Job { get; set; }

    public string? WorkUnit { get; set; }

    public Guid OrganizationId { get; private set; }

    /// <summary>The party group (党小组) inside the organisation, when the member is in one.</summary>
    public Guid? PartyGroupId { get; set; }

    public MemberStage Stage { get; private set; }

    public MemberStatus Status { get; private set; }

    /// <summary>入党申请 received.</summary>
    public DateOnly? AppliedOn { get; set; }

    /// <summary>The talk with the applicant (within a month of the application).</summary>
    public DateOnly? TalkedOn { get; set; }

    /// <summary>Fixed as an activist (入党积极分子) by the branch committee.</summary>
    public DateOnly? ActivistOn { get; set; }

    /// <summary>Fixed as a candidate (发展对象).</summary>
    public DateOnly? CandidateOn { get; set; }

    /// <summary>入党日期: the branch meeting that admitted the person; party standing starts that day.</summary>
    public DateOnly? AdmittedOn { get; set; }

    /// <summary>The day probation ends: one year after admission, later when it was extended.</summary>
    public DateOnly? ProbationEndsOn { get; set; }

    public bool ProbationExtended { get; set; }

    /// <summary>转正日期.</summary>
    public DateOnly? FullMembershipOn { get; set; }

    /// <summary>流动党员: away from the home organisation, holding a 流动党员活动证.</summary>
    public bool IsMobile { get; set; }

    /// <summary>失联党员.</summary>
    public bool IsLostContact { get; set; }

    public DateOnly? LostContactSince { get; set; }

    public PioneerPost PioneerPost { get; set; }

    public string? Notes { get; set; }

    public bool HasPhoto { get; set; }

    public MemberCategory? Category => MemberConsts.CategoryOf(Stage);

    public void SetIdNumber(string cipher, string hash, string masked)
    {
        IdNumberCipher = cipher;
        IdNumberHash = hash;
        IdNumberMasked = masked;
    }

    public void SetPhone(string? cipher, string? masked)
    {
        PhoneCipher = cipher;
        PhoneMasked = masked;
    }

    public void MoveTo(Guid organizationId, Guid? partyGroupId)
    {
        OrganizationId = organizationId;
        PartyGroupId = partyGroupId;
    }

    public void SetStage(MemberStage stage) => Stage = stage;

    public void SetStatus(MemberStatus status) => Status = status;
}

using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Framework.Security;
using PartyBuilding.Framework.Text;
using PartyBuilding.Framework.Timing;
using PartyBuilding.Organizations;

namespace PartyBuilding.Members;

/// <summary>
/// The one place that checks and writes a member record's data, whoever supplies it (the console, the importer,
/// the demo seed): ID and phone numbers validated, encrypted, hashed and masked; organisation and party group
/// checked against the tree and the caller's reach; stage dates checked against the stage; history rows
/// written for what the record's memory keeps. It adds to the unit of work and never saves, so a caller can
/// write many records in one transaction. Within one unit of work (the manager is scoped) it remembers which record
/// holds each ID number it has seen and which placements it has validated, so a batch of thousands of records
/// costs a few queries instead of several per record.
/// </summary>
public sealed partial class MemberManager(
    IMembersDbContext db,
    IOrganizationsDbContext organizations,
    OrganizationReach reach,
    IPersonalDataProtector protector,
    CommitteeCalendar calendar)
{
    /// <summary>Keyed hash → the record holding it in this unit of work: preloaded, loaded, created or changed here.</summary>
    private readonly Dictionary<string, Guid> _idNumberHolders = new(StringComparer.Ordinal);

    /// <summary>Hashes whose stored holder, if any, is already in <see cref="_idNumberHolders"/>: no query needed.</summary>
    private readonly HashSet<string> _preloadedHashes = new(StringComparer.Ordinal);

    private readonly HashSet<(Guid OrganizationId, Guid? PartyGroupId)> _validPlacements = [];

    /// <summary>Rows per query when loading records by hash: well below every provider's parameter limit.</summary>
    private const int PreloadChunk = 500;

    /// <summary>The committee's today, in its own time zone: the day history entries take effect.</summary>
    public Task<DateOnly> TodayAsync(CancellationToken cancellationToken = default) => calendar.TodayAsync(cancellationToken);

    /// <summary>Validates and adds a new record with its <see cref="MemberHistoryKind.Created"/> entry.</summary>
    public async Task<Member> CreateAsync(MemberProfile profile, MemberStageDates stage, CancellationToken cancellationToken = default)
    {
        if (profile.IdNumber is null)
        {
            throw new BusinessException(PartyBuildingErrorCodes.Members.IdNumberInvalid);
        }

        var today = await TodayAsync(cancellationToken);
        var values = await ValidateAsync(null, profile, cancellationToken);
        EnsureStageDates(stage, values.BirthDate, today);

        var member = new Member(Guid.CreateVersion7(), values.OrganizationId, values.Name, stage.Stage);
        Apply(member, values);
        member.AppliedOn = stage.AppliedOn;
        member.TalkedOn = stage.TalkedOn;
        member.ActivistOn = stage.ActivistOn;
        member.CandidateOn = stage.CandidateOn;
        member.AdmittedOn = stage.AdmittedOn;
        member.FullMembershipOn = stage.FullMembershipOn;
        member.ProbationEndsOn = stage.AdmittedOn?.AddMonths(MemberConsts.ProbationMonths);
        db.Members.Add(member);
        AddHistory(member, MemberHistoryKind.Created, null, stage.Stage.ToString(), today, null);
        return member;
    }

    /// <summary>
    /// Validates and applies new profile data to a stored record. A move to another organisation needs
    /// <paramref name="changeReason"/> and is written to the history.
    /// </summary>
    public async Task UpdateAsync(Member member, MemberProfile profile, string? changeReason, CancellationToken cancellationToken = default)
    {
        var values = await ValidateAsync(member, profile, cancellationToken);
        if (values.OrganizationId != member.OrganizationId)
        {
            var reason = InputText.TrimmedOrNull(changeReason)
                ?? throw new BusinessException(PartyBuildingErrorCodes.Members.ChangeReasonRequired);
            AddHistory(member, MemberHistoryKind.OrganizationChanged, member.OrganizationId.ToString(),
                values.OrganizationId.ToString(), await TodayAsync(cancellationToken), reason);
        }

        Apply(member, values);
    }

    /// <summary>
    /// Whether applying the input would leave the stored record as it is (the importer's "unchanged" rows), compared
    /// after the same trimming the manager applies; stage dates are compared only when given.
    /// </summary>
    public bool IsUnchanged(Member member, MemberProfile profile, MemberStageDates? stage = null)
    {
        var phone = profile.Phone?.Trim();
        return member.Name == profile.Name.Trim()
            && member.Gender == profile.Gender
            && member.Ethnicity == profile.Ethnicity.Trim()
            && member.BirthDate == profile.BirthDate
            && (profile.IdNumber is null || member.IdNumberHash == protector.Hash(IdNumber.Normalize(profile.IdNumber)))
            && (phone is null || phone == (member.PhoneCipher is null ? "" : protector.Unprotect(member.PhoneCipher)))
            && member.Education == profile.Education
            && member.Job == InputText.TrimmedOrNull(profile.Job)
            && member.WorkUnit == InputText.TrimmedOrNull(profile.WorkUnit)
            && member.OrganizationId == profile.OrganizationId
            && member.PartyGroupId == profile.PartyGroupId
            && member.IsMobile == profile.IsMobile
            && member.IsLostContact == profile.IsLostContact
            && member.LostContactSince == (profile.IsLostContact ? profile.LostContactSince : null)
            && member.PioneerPost == profile.PioneerPost
            && member.Notes == InputText.TrimmedOrNull(profile.Notes)
            && (stage is null || (member.Stage == stage.Stage && member.AppliedOn == stage.AppliedOn
                && member.TalkedOn == stage.TalkedOn && member.ActivistOn == stage.ActivistOn
                && member.CandidateOn == stage.CandidateOn && member.AdmittedOn == stage.AdmittedOn
                && member.FullMembershipOn == stage.FullMembershipOn));
    }

    /// <summary>
    /// Moves a record to another stage, with a <see cref="MemberHistoryKind.StageChanged"/> entry and, when the
    /// category (正式/预备党员) changes with it, a <see cref="MemberHistoryKind.CategoryChanged"/> entry.
    /// Whether the move is allowed is the development pipeline's rule, not checked here.
    /// </summary>
    public void ChangeStage(
        Member member, MemberStage stage, DateOnly effectiveOn, string? reason,
        string? decidingMeeting = null, DateOnly? decidingMeetingOn = null)
    {
        if (member.Stage == stage)
        {
            return;
        }

        var category = member.Category;
        AddHistory(member, MemberHistoryKind.StageChanged, member.Stage.ToString(), stage.ToString(), effectiveOn, reason,
            decidingMeeting, decidingMeetingOn);
        member.SetStage(stage);
        if (member.Category != category)
        {
            AddHistory(member, MemberHistoryKind.CategoryChanged, category?.ToString(), member.Category?.ToString(),
                effectiveOn, reason, decidingMeeting, decidingMeetingOn);
        }
    }

    /// <summary>Changes the record's status with a <see cref="MemberHistoryKind.StatusChanged"/> entry.</summary>
    public void ChangeStatus(
        Member member, MemberStatus status, DateOnly effectiveOn, string? reason,
        string? decidingMeeting = null, DateOnly? decidingMeetingOn = null)
    {
        if (member.Status == status)
        {
            return;
        }

        AddHistory(member, MemberHistoryKind.StatusChanged, member.Status.ToString(), status.ToString(), effectiveOn, reason,
            decidingMeeting, decidingMeetingOn);
        member.SetStatus(status);
    }

    /// <summary>
    /// The keyed hash to search by when <paramref name="text"/> is a well-formed ID number, else null: a name
    /// filter must not be hashed into a match by accident.
    /// </summary>
    public string? SearchHashOf(string text)
    {
        var normalized = IdNumber.Normalize(text);
        return IdNumber.HasValidChecksum(normalized) ? protector.Hash(normalized) : null;
    }

    /// <summary>
    /// Loads, in a few queries, the stored records holding any of these ID numbers, so that
    /// <see cref="FindByIdNumberAsync"/> and the uniqueness check answer them from memory (the importer's batch).
    /// </summary>
    public async Task PreloadIdNumbersAsync(IReadOnlyCollection<string> idNumbers, CancellationToken cancellationToken = default)
    {
        var hashes = idNumbers.Select(IdNumber.Normalize).Where(IdNumber.HasValidChecksum).Select(protector.Hash)
            .Where(h => !_preloadedHashes.Contains(h)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var chunk in hashes.Chunk(PreloadChunk))
        {
            foreach (var member in await db.Members.Where(m => chunk.Contains(m.IdNumberHash)).ToListAsync(cancellationToken))
            {
                _idNumberHolders.TryAdd(member.IdNumberHash, member.Id);
            }

            _preloadedHashes.UnionWith(chunk);
        }
    }

    /// <summary>The record of the committee with this ID number (the importer's match key), or null.</summary>
    public async Task<Member?> FindByIdNumberAsync(string idNumber, CancellationToken cancellationToken = default)
    {
        var hash = protector.Hash(IdNumber.Normalize(idNumber));
        if (_idNumberHolders.TryGetValue(hash, out var holderId))
        {
            // Tracked since it was preloaded or created here: answered by the change tracker without a query.
            return await db.Members.FindAsync([holderId], cancellationToken);
        }

        if (_preloadedHashes.Contains(hash))
        {
            return null;
        }

        var member = await db.Members.FirstOrDefaultAsync(m => m.IdNumberHash == hash, cancellationToken);
        if (member is not null)
        {
            _idNumberHolders.TryAdd(hash, member.Id);
        }

        return member;
    }

    /// <summary>The clear ID and phone numbers. Callers check <c>Members.Unmask</c> and audit the use.</summary>
    public (string IdNumber, string? Phone) Reveal(Member member) =>
        (protector.Unprotect(member.IdNumberCipher), member.PhoneCipher is null ? null : protector.Unprotect(member.PhoneCipher));

    private async Task<ValidProfile> ValidateAsync(Member? member, MemberProfile profile, CancellationToken cancellationToken)
    {
        string? idNumber = null;
        string? idHash = null;
        if (profile.IdNumber is not null)
        {
            idNumber = IdNumber.Normalize(profile.IdNumber);
            if (!IdNumber.HasValidChecksum(idNumber) || IdNumber.BirthDateOf(idNumber) is not { } encoded
                || encoded > await TodayAsync(cancellationToken))
            {
                throw new BusinessException(PartyBuildingErrorCodes.Members.IdNumberInvalid);
            }

            if (encoded != profile.BirthDate)
            {
                throw new BusinessException(PartyBuildingErrorCodes.Members.IdNumberBirthDateMismatch);
            }

            idHash = protector.Hash(idNumber);
            await EnsureIdNumberFreeAsync(member?.Id, idHash, cancellationToken);
        }
        else if (member is not null && IdNumber.BirthDateOf(protector.Unprotect(member.IdNumberCipher)) != profile.BirthDate)
        {
            throw new BusinessException(PartyBuildingErrorCodes.Members.IdNumberBirthDateMismatch);
        }

        var phone = profile.Phone?.Trim();
        if (!string.IsNullOrEmpty(phone) && !PhoneRegex().IsMatch(phone))
        {
            throw new BusinessException(PartyBuildingErrorCodes.Members.PhoneInvalid);
        }

        var ethnicity = profile.Ethnicity.Trim();
        if (!Ethnicities.IsKnown(ethnicity))
        {
            throw new BusinessException(PartyBuildingErrorCodes.Members.UnknownEthnicity, 400, ethnicity);
        }

        await EnsurePlacementAsync(profile.OrganizationId, profile.PartyGroupId, cancellationToken);
        var name = profile.Name.Trim();
        if (name.Length == 0)
        {
            throw new BusinessException(FrameworkErrorCodes.ValidationFailed);
        }

        return new ValidProfile(name, ethnicity, profile.BirthDate, idNumber, idHash, phone, profile);
    }

    private async Task EnsureIdNumberFreeAsync(Guid? memberId, string hash, CancellationToken cancellationToken)
    {
        // Records added earlier in the same unit of work (an import batch) count as much as stored ones.
        var taken = _idNumberHolders.TryGetValue(hash, out var holderId)
            ? holderId != memberId
            : !_preloadedHashes.Contains(hash)
                && await db.Members.AnyAsync(m => m.Id != memberId && m.IdNumberHash == hash, cancellationToken);
        if (taken)
        {
            throw new BusinessException(PartyBuildingErrorCodes.Members.IdNumberAlreadyExists, 409);
        }
    }

    private async Task EnsurePlacementAsync(Guid organizationId, Guid? partyGroupId, CancellationToken cancellationToken)
    {
        // The tree and the caller's reach do not change within one unit of work.
        if (_validPlacements.Contains((organizationId, partyGroupId)))
        {
            return;
        }

        var organization = await reach.GetWithinReachAsync(organizationId, track: false, cancellationToken);
        if (organization.Type == OrganizationType.PartyGroup)
        {
            throw new BusinessException(PartyBuildingErrorCodes.Members.InvalidOrganization);
        }

        if (partyGroupId is { } groupId
            && !await organizations.Organizations.AnyAsync(
                o => o.Id == groupId && o.ParentId == organizationId && o.Type == OrganizationType.PartyGroup,
                cancellationToken))
        {
            throw new BusinessException(PartyBuildingErrorCodes.Members.InvalidPartyGroup);
        }

        _validPlacements.Add((organizationId, partyGroupId));
    }

    /// <summary>
    /// The date the record entered its stage is required (for full members both 入党 and 转正 dates); the dates of
    /// earlier stages are kept when known, since files of long-standing members often lack them. Known dates run
    /// in pipeline order, none in the future or before birth, and stages not reached have none. The person was at
    /// least 18 at the first known step (党章 Art. 1).
    /// </summary>
    private static void EnsureStageDates(MemberStageDates stage, DateOnly birthDate, DateOnly today)
    {
        (DateOnly? Date, MemberStage Stage)[] steps =
        [
            (stage.AppliedOn, MemberStage.Applicant), (stage.ActivistOn, MemberStage.Activist),
            (stage.CandidateOn, MemberStage.Candidate), (stage.AdmittedOn, MemberStage.Probationary),
            (stage.FullMembershipOn, MemberStage.Full),
        ];
        var required = stage.Stage == MemberStage.Full ? [MemberStage.Probationary, MemberStage.Full] : new[] { stage.Stage };
        var previous = birthDate;
        foreach (var (date, reachedAt) in steps)
        {
            var valid = reachedAt > stage.Stage
                ? date is null
                : date is { } day ? day >= previous && day <= today : !required.Contains(reachedAt);
            if (!valid)
            {
                throw new BusinessException(PartyBuildingErrorCodes.Members.InvalidStageDates);
            }

            previous = date ?? previous;
        }

        if (stage.TalkedOn is { } talked && (stage.AppliedOn is not { } applied || talked < applied || talked > today))
        {
            throw new BusinessException(PartyBuildingErrorCodes.Members.InvalidStageDates);
        }

        var firstStep = steps.First(s => s.Date is not null).Date!.Value;
        var ageAtFirstStep = IdNumber.AgeOn(birthDate, firstStep);
        if (ageAtFirstStep < MemberConsts.MinimumApplicantAge)
        {
            throw new BusinessException(PartyBuildingErrorCodes.Members.TooYoung, 400, ageAtFirstStep);
        }
    }

    private void Apply(Member member, ValidProfile values)
    {
        var profile = values.Profile;
        member.Name = values.Name;
        member.Gender = profile.Gender;
        member.Ethnicity = values.Ethnicity;
        member.BirthDate = values.BirthDate;
        if (values.IdNumber is not null)
        {
            if (member.IdNumberHash is { } previous && _idNumberHolders.GetValueOrDefault(previous) == member.Id)
            {
                _idNumberHolders.Remove(previous);
            }

            member.SetIdNumber(protector.Protect(values.IdNumber), values.IdHash!, Masking.Mask(values.IdNumber)!);
            _idNumberHolders[values.IdHash!] = member.Id;
        }

        if (values.Phone is not null)
        {
            member.SetPhone(
                values.Phone.Length == 0 ? null : protector.Protect(values.Phone),
                values.Phone.Length == 0 ? null : Masking.Mask(values.Phone));
        }

        member.Education = profile.Education;
        member.Job = InputText.TrimmedOrNull(profile.Job);
        member.WorkUnit = InputText.TrimmedOrNull(profile.WorkUnit);
        member.MoveTo(profile.OrganizationId, profile.PartyGroupId);
        member.IsMobile = profile.IsMobile;
        member.IsLostContact = profile.IsLostContact;
        member.LostContactSince = profile.IsLostContact ? profile.LostContactSince : null;
        member.PioneerPost = profile.PioneerPost;
        member.Notes = InputText.TrimmedOrNull(profile.Notes);
    }

    private void AddHistory(
        Member member, MemberHistoryKind kind, string? fromValue, string? toValue, DateOnly effectiveOn, string? reason,
        string? decidingMeeting = null, DateOnly? decidingMeetingOn = null) =>
        db.MemberHistory.Add(new MemberHistoryEntry(Guid.CreateVersion7(), member.Id, kind, fromValue, toValue, effectiveOn, reason)
        {
            DecidingMeeting = decidingMeeting,
            DecidingMeetingOn = decidingMeetingOn,
        });

    [GeneratedRegex(MemberConsts.PhonePattern, RegexOptions.CultureInvariant)]
    private static partial Regex PhoneRegex();

    private sealed record ValidProfile(
        string Name, string Ethnicity, DateOnly BirthDate, string? IdNumber, string? IdHash, string? Phone, MemberProfile Profile)
    {
        public Guid OrganizationId => Profile.OrganizationId;
    }
}

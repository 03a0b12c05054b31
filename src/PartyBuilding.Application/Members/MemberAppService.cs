using Microsoft.EntityFrameworkCore;
using PartyBuilding.Auditing;
using PartyBuilding.Data;
using PartyBuilding.Framework.Application.Dtos;
using PartyBuilding.Framework.Application.Services;
using PartyBuilding.Framework.Authorization.Permissions;
using PartyBuilding.Framework.Content;
using PartyBuilding.Framework.Data;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Framework.Localization;
using PartyBuilding.Organizations;
using PartyBuilding.Permissions;

namespace PartyBuilding.Members;

/// <summary>
/// Member records (党员档案) within the caller's reach: lists, the record itself with numbers masked unless the
/// caller may unmask them (audited), edits through <see cref="MemberManager"/>, history, photo and statistics.
/// </summary>
public sealed class MemberAppService(
    IServiceProvider services,
    IMembersDbContext db,
    IOrganizationsDbContext organizations,
    OrganizationReach reach,
    MemberReach memberReach,
    MemberManager manager,
    IPermissionChecker permissionChecker,
    IAuditTrail auditTrail,
    TextLocalizer localizer) : ApplicationService(services), IMemberAppService
{
    public const string UnmaskAuditAction = "Unmask member";

    public async Task<PagedResultDto<MemberListItemDto>> GetListAsync(GetMemberListInput input, CancellationToken cancellationToken = default)
    {
        var rows = await ListRowsAsync(input, cancellationToken);
        var total = await rows.LongCountAsync(cancellationToken);
        var page = await Sorted(rows, input.Sorting)
            .Skip(input.SkipCount).Take(input.MaxResultCount).ToListAsync(cancellationToken);
        var today = await manager.TodayAsync(cancellationToken);
        return new PagedResultDto<MemberListItemDto>(total, page.Select(r => Fill(new MemberListItemDto(), r, today)).ToList());
    }

    /// <summary>The rows of the list filters within the caller's reach, unsorted: the list pages them, the export writes them all.</summary>
    internal async Task<IQueryable<MemberRow>> ListRowsAsync(GetMemberListInput input, CancellationToken cancellationToken)
    {
        var members = db.Members.AsNoTracking().Where(m => m.Status == (input.Status ?? MemberStatus.Active));
        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var filter = input.Filter.Trim();
            members = manager.SearchHashOf(filter) is { } hash
                ? members.Where(m => m.IdNumberHash == hash)
                : members.Where(m => m.Name.Contains(filter));
        }

        if (input.Stage is { } stage)
        {
            members = members.Where(m => m.Stage == stage);
        }

        if (input.Category is { } category)
        {
            var categoryStage = category == MemberCategory.Full ? MemberStage.Full : MemberStage.Probationary;
            members = members.Where(m => m.Stage == categoryStage);
        }

        if (input.IsMobile is { } isMobile)
        {
            members = members.Where(m => m.IsMobile == isMobile);
        }

        if (input.IsLostContact is { } isLostContact)
        {
            members = members.Where(m => m.IsLostContact == isLostContact);
        }

        if (input.PioneerPost is { } pioneerPost)
        {
            members = members.Where(m => m.PioneerPost == pioneerPost);
        }

        return await WithinReachAsync(Rows(members), input.OrganizationId, cancellationToken);
    }

    internal static IQueryable<MemberRow> Sorted(IQueryable<MemberRow> rows, string? sorting) =>
        rows.OrderBySorting(
            sorting, r => r.Name,
            nameof(MemberRow.Name), nameof(MemberRow.Stage), nameof(MemberRow.OrganizationName),
            nameof(MemberRow.AdmittedOn), nameof(MemberRow.BirthDate), nameof(MemberRow.CreationTime));

    public async Task<MemberDto> GetAsync(Guid id, bool unmask = false, CancellationToken cancellationToken = default)
    {
        var row = await FindRowAsync(id, cancellationToken);
        if (!unmask)
        {
            return await ToDtoAsync(row, false, cancellationToken);
        }

        if (!await permissionChecker.IsGrantedAsync(CurrentUser.Principal!, PartyBuildingPermissions.Members.Unmask, cancellationToken))
        {
            throw new BusinessException(FrameworkErrorCodes.Forbidden, 403);
        }

        // Written before the numbers leave: an unmask that cannot be recorded does not happen.
        await auditTrail.RecordAsync(UnmaskAuditAction, cancellationToken);
        return await ToDtoAsync(row, true, cancellationToken);
    }

    public async Task<MemberDto> GetMineAsync(CancellationToken cancellationToken = default)
    {
        var noRecord = new BusinessException(PartyBuildingErrorCodes.Members.NoOwnRecord, 404);
        var memberId = CurrentUser.MemberId ?? throw noRecord;
        var row = await Rows(db.Members.AsNoTracking().Where(m => m.Id == memberId)).FirstOrDefaultAsync(cancellationToken)
            ?? throw noRecord;
        return await ToDtoAsync(row, false, cancellationToken);
    }

    public async Task<MemberDto> CreateAsync(CreateMemberDto input, CancellationToken cancellationToken = default)
    {
        var member = await manager.CreateAsync(
            ProfileOf(input, input.IdNumber),
            new MemberStageDates(input.Stage!.Value, input.AppliedOn, input.TalkedOn, input.ActivistOn, input.CandidateOn,
                input.AdmittedOn, input.FullMembershipOn),
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(member.Id, cancellationToken: cancellationToken);
    }

    public async Task<MemberDto> UpdateAsync(Guid id, UpdateMemberDto input, CancellationToken cancellationToken = default)
    {
        var member = await FindInReachAsync(id, cancellationToken);
        db.SetOriginalConcurrencyStamp(member, input.ConcurrencyStamp);
        await manager.UpdateAsync(member, ProfileOf(input, input.IdNumber), input.ChangeReason, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(id, cancellationToken: cancellationToken);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        db.Members.Remove(await FindInReachAsync(id, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<MemberHistoryDto>> GetHistoryAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await FindRowAsync(id, cancellationToken);
        var entries = await db.MemberHistory.AsNoTracking().Where(h => h.MemberId == id)
            .OrderByDescending(h => h.EffectiveOn).ThenByDescending(h => h.CreationTime)
            .ToListAsync(cancellationToken);
        var organizationIds = entries.Where(e => e.Kind == MemberHistoryKind.OrganizationChanged)
            .SelectMany(e => new[] { e.FromValue, e.ToValue })
            .Select(v => Guid.TryParse(v, out var organizationId) ? organizationId : Guid.Empty)
            .Distinct().ToArray();
        // Organisations dissolved since keep their names in the history.
        var names = await organizations.Organizations.IgnoreQueryFilters([DataFilters.SoftDelete]).AsNoTracking()
            .Where(o => organizationIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id.ToString(), o => o.Name, cancellationToken);

        string? Display(MemberHistoryKind kind, string? value) => value is null
            ? null
            : kind switch
            {
                MemberHistoryKind.OrganizationChanged => names.GetValueOrDefault(value, value),
                MemberHistoryKind.Created or MemberHistoryKind.StageChanged => EnumLabel<MemberStage>(value),
                MemberHistoryKind.CategoryChanged => EnumLabel<MemberCategory>(value),
                MemberHistoryKind.StatusChanged => EnumLabel<MemberStatus>(value),
                _ => value,
            };

        return entries.Select(e => new MemberHistoryDto
        {
            Id = e.Id,
            Kind = e.Kind,
            FromValue = e.FromValue,
            ToValue = e.ToValue,
            FromDisplay = Display(e.Kind, e.FromValue),
            ToDisplay = Display(e.Kind, e.ToValue),
            EffectiveOn = e.EffectiveOn,
            Reason = e.Reason,
            DecidingMeeting = e.DecidingMeeting,
            DecidingMeetingOn = e.DecidingMeetingOn,
            CreationTime = e.CreationTime,
        }).ToList();
    }

    public async Task SetPhotoAsync(Guid id, Stream content, CancellationToken cancellationToken = default)
    {
        var member = await FindInReachAsync(id, cancellationToken);
        var bytes = await content.ReadAtMostAsync(MemberConsts.MaxPhotoBytes, cancellationToken);
        var contentType = (bytes is null ? null : FileSignature.PhotoTypeOf(bytes))
            ?? throw new BusinessException(PartyBuildingErrorCodes.Members.InvalidImage, 400, MemberConsts.MaxPhotoBytes / 1024);

        var photo = await db.MemberPhotos.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (photo is null)
        {
            db.MemberPhotos.Add(new MemberPhoto(id, contentType, bytes!));
        }
        else
        {
            photo.ContentType = contentType;
            photo.Content = bytes!;
        }

        member.HasPhoto = true;
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<MemberPhotoContent> GetPhotoAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await FindRowAsync(id, cancellationToken);
        var photo = await db.MemberPhotos.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new EntityNotFoundException(nameof(MemberPhoto), id);
        return new MemberPhotoContent(photo.ContentType, photo.Content);
    }

    public async Task DeletePhotoAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var member = await FindInReachAsync(id, cancellationToken);
        if (await db.MemberPhotos.FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is { } photo)
        {
            db.MemberPhotos.Remove(photo);
        }

        member.HasPhoto = false;
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<MemberStatisticsDto> GetStatisticsAsync(Guid? organizationId, CancellationToken cancellationToken = default)
    {
        var members = (await WithinReachAsync(Rows(db.Members.AsNoTracking().Where(m => m.Status == MemberStatus.Active)),
            organizationId, cancellationToken)).Select(r => r.Member);
        var today = await manager.TodayAsync(cancellationToken);

        var byStage = await members.GroupBy(m => m.Stage).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var byGender = await members.GroupBy(m => m.Gender).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var byEducation = await members.GroupBy(m => m.Education).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var byEthnicity = await members.GroupBy(m => m.Ethnicity).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);

        // Someone is at most N years old exactly when born after today N + 1 years ago.
        var over30 = today.AddYears(-31);
        var over40 = today.AddYears(-41);
        var over50 = today.AddYears(-51);
        var over60 = today.AddYears(-61);
        var ages = await members.GroupBy(_ => 1).Select(g => new
        {
            UpTo30 = g.Count(m => m.BirthDate > over30),
            UpTo40 = g.Count(m => m.BirthDate <= over30 && m.BirthDate > over40),
            UpTo50 = g.Count(m => m.BirthDate <= over40 && m.BirthDate > over50),
            UpTo60 = g.Count(m => m.BirthDate <= over50 && m.BirthDate > over60),
            Over60 = g.Count(m => m.BirthDate <= over60),
        }).FirstOrDefaultAsync(cancellationToken);

        int StageCount(MemberStage stage) => byStage.Where(s => s.Key == stage).Sum(s => s.Count);
        return new MemberStatisticsDto
        {
            Total = byStage.Sum(s => s.Count),
            ByCategory = Enum.GetValues<MemberCategory>()
                .Select(c => Bucket(c, StageCount(c == MemberCategory.Full ? MemberStage.Full : MemberStage.Probationary)))
                .ToList(),
            ByStage = Enum.GetValues<MemberStage>().Select(s => Bucket(s, StageCount(s))).ToList(),
            ByGender = Enum.GetValues<Gender>().Select(g => Bucket(g, byGender.Where(x => x.Key == g).Sum(x => x.Count))).ToList(),
            ByAgeBand =
            [
                new("0-30", "≤30", ages?.UpTo30 ?? 0), new("31-40", "31-40", ages?.UpTo40 ?? 0),
                new("41-50", "41-50", ages?.UpTo50 ?? 0), new("51-60", "51-60", ages?.UpTo60 ?? 0),
                new("61+", ">60", ages?.Over60 ?? 0),
            ],
            ByEducation = Enum.GetValues<Education>()
                .Select(e => Bucket(e, byEducation.Where(x => x.Key == e).Sum(x => x.Count)))
                .Append(new StatisticsBucketDto(
                    UnknownKey, localizer.Get("Members:Statistics:Unknown"), byEducation.Where(x => x.Key is null).Sum(x => x.Count)))
                .ToList(),
            ByEthnicity = byEthnicity
                .OrderByDescending(x => x.Count).ThenBy(x => EthnicityOrder.GetValueOrDefault(x.Key, int.MaxValue))
                .Select(x => new StatisticsBucketDto(x.Key, x.Key, x.Count))
                .ToList(),
        };
    }

    public IReadOnlyList<string> GetEthnicities() => Ethnicities.All;

    private const string UnknownKey = "Unknown";

    private static readonly Dictionary<string, int> EthnicityOrder =
        Ethnicities.All.Select((name, index) => (name, index)).ToDictionary(x => x.name, x => x.index);

    private StatisticsBucketDto Bucket<TEnum>(TEnum value, int count) where TEnum : struct, Enum =>
        new(value.ToString(), EnumLabel<TEnum>(value.ToString()), count);

    private string EnumLabel<TEnum>(string value) where TEnum : struct, Enum
    {
        var key = $"Enum:{typeof(TEnum).Name}:{value}";
        return localizer.Contains(key) ? localizer.Get(key) : value;
    }

    internal static MemberProfile ProfileOf(MemberInputBase input, string? idNumber) => new()
    {
        Name = input.Name,
        Gender = input.Gender!.Value,
        Ethnicity = input.Ethnicity,
        BirthDate = input.BirthDate!.Value,
        IdNumber = idNumber,
        Phone = input.Phone,
        Education = input.Education,
        Job = input.Job,
        WorkUnit = input.WorkUnit,
        OrganizationId = input.OrganizationId!.Value,
        PartyGroupId = input.PartyGroupId,
        IsMobile = input.IsMobile,
        IsLostContact = input.IsLostContact,
        LostContactSince = input.LostContactSince,
        PioneerPost = input.PioneerPost,
        Notes = input.Notes,
    };

    /// <summary>
    /// Members with their organisation's path and name and their party group's name, in one query, flat so a
    /// list can sort by the organisation's name. Dissolved organisations still name their former members; lifting
    /// the soft-delete filter for them lifts it for the whole query, so deleted records are left out by hand.
    /// </summary>
    private IQueryable<MemberRow> Rows(IQueryable<Member> members)
    {
        var all = organizations.Organizations.IgnoreQueryFilters([DataFilters.SoftDelete]);
        return from m in members.Where(m => !m.IsDeleted)
               join o in all on m.OrganizationId equals o.Id
               join g in all on m.PartyGroupId equals g.Id into groups
               from g in groups.DefaultIfEmpty()
               select new MemberRow
               {
                   Member = m,
                   OrganizationPath = o.Path,
                   OrganizationName = o.Name,
                   PartyGroupName = g == null ? null : g.Name,
                   Name = m.Name,
                   Stage = m.Stage,
                   AdmittedOn = m.AdmittedOn,
                   BirthDate = m.BirthDate,
                   CreationTime = m.CreationTime,
               };
    }

    /// <summary>
    /// Narrows rows to the caller's reach and, when asked, to one organisation's subtree (a party group: its own
    /// members); an organisation outside the reach is refused rather than answered empty.
    /// </summary>
    private async Task<IQueryable<MemberRow>> WithinReachAsync(
        IQueryable<MemberRow> rows, Guid? organizationId, CancellationToken cancellationToken)
    {
        if (organizationId is { } id)
        {
            var organization = await reach.GetWithinReachAsync(id, track: false, cancellationToken);
            var prefix = organization.Path;
            return organization.Type == OrganizationType.PartyGroup
                ? rows.Where(r => r.Member.PartyGroupId == id)
                : rows.Where(r => r.OrganizationPath.StartsWith(prefix));
        }

        var scope = await reach.GetAsync(cancellationToken);
        if (scope.IsWholeCommittee)
        {
            return rows;
        }

        return scope.SubtreePath is { } subtree ? rows.Where(r => r.OrganizationPath.StartsWith(subtree)) : rows.Where(_ => false);
    }

    /// <summary>404 for an unknown record (or another committee's), 403 for one outside the caller's reach.</summary>
    private async Task<MemberRow> FindRowAsync(Guid id, CancellationToken cancellationToken)
    {
        var row = await Rows(db.Members.AsNoTracking().Where(m => m.Id == id)).FirstOrDefaultAsync(cancellationToken)
            ?? throw new EntityNotFoundException(nameof(Member), id);
        return (await reach.GetAsync(cancellationToken)).Covers(row.OrganizationPath)
            ? row
            : throw new BusinessException(PartyBuildingErrorCodes.Members.OutsideReach, 403);
    }

    private Task<Member> FindInReachAsync(Guid id, CancellationToken cancellationToken) =>
        memberReach.GetMemberAsync(id, cancellationToken);

    private async Task<MemberDto> ToDtoAsync(MemberRow row, bool unmask, CancellationToken cancellationToken)
    {
        var member = row.Member;
        var dto = Fill(new MemberDto(), row, await manager.TodayAsync(cancellationToken));
        if (unmask)
        {
            (dto.IdNumber, dto.Phone) = manager.Reveal(member);
        }

        dto.Education = member.Education;
        dto.Job = member.Job;
        dto.WorkUnit = member.WorkUnit;
        dto.AppliedOn = member.AppliedOn;
        dto.TalkedOn = member.TalkedOn;
        dto.ActivistOn = member.ActivistOn;
        dto.CandidateOn = member.CandidateOn;
        dto.ProbationEndsOn = member.ProbationEndsOn;
        dto.ProbationExtended = member.ProbationExtended;
        dto.LostContactSince = member.LostContactSince;
        dto.Notes = member.Notes;
        dto.HasPhoto = member.HasPhoto;
        dto.IsUnmasked = unmask;
        dto.ConcurrencyStamp = member.ConcurrencyStamp;
        return dto;
    }

    private static T Fill<T>(T dto, MemberRow row, DateOnly today) where T : MemberListItemDto
    {
        var member = row.Member;
        dto.Id = member.Id;
        dto.Name = member.Name;
        dto.Gender = member.Gender;
        dto.Ethnicity = member.Ethnicity;
        dto.BirthDate = member.BirthDate;
        dto.Age = IdNumber.AgeOn(member.BirthDate, today);
        dto.IdNumber = member.IdNumberMasked;
        dto.Phone = member.PhoneMasked;
        dto.OrganizationId = member.OrganizationId;
        dto.OrganizationName = row.OrganizationName;
        dto.PartyGroupId = member.PartyGroupId;
        dto.PartyGroupName = row.PartyGroupName;
        dto.Stage = member.Stage;
        dto.Category = member.Category;
        dto.Status = member.Status;
        dto.AdmittedOn = member.AdmittedOn;
        dto.FullMembershipOn = member.FullMembershipOn;
        dto.IsMobile = member.IsMobile;
        dto.IsLostContact = member.IsLostContact;
        dto.PioneerPost = member.PioneerPost;
        return dto;
    }

    internal sealed class MemberRow
    {
        public Member Member { get; init; } = null!;

        public string OrganizationPath { get; init; } = null!;

        public string OrganizationName { get; init; } = null!;

        public string? PartyGroupName { get; init; }

        public string Name { get; init; } = null!;

        public MemberStage Stage { get; init; }

        public DateOnly? AdmittedOn { get; init; }

        public DateOnly BirthDate { get; init; }

        public DateTime CreationTime { get; init; }
    }
}

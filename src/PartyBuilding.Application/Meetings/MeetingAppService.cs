using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using PartyBuilding.Data;
using PartyBuilding.Files;
using PartyBuilding.Framework.Application.Dtos;
using PartyBuilding.Framework.Application.Services;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Framework.Text;
using PartyBuilding.Framework.Timing;
using PartyBuilding.Members;
using PartyBuilding.Organizations;

namespace PartyBuilding.Meetings;

/// <summary>
/// Meeting records within the caller's reach: drafts, submission (which locks the record), edits of submitted
/// meetings with a reason and a revision, attendance and the warnings of the branch regulations.
/// </summary>
public sealed class MeetingAppService(
    IServiceProvider services,
    IMeetingsDbContext db,
    IOrganizationLookup organizations,
    IMemberLookup members,
    CommitteeCalendar calendar,
    MeetingWarnings warnings,
    IAttachmentStore attachments) : ApplicationService(services), IMeetingAppService
{

    private static readonly JsonSerializerOptions SnapshotJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        // Names, places and minutes are Chinese: kept readable in the stored snapshot.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public async Task<PagedResultDto<MeetingListItemDto>> GetListAsync(GetMeetingListInput input, CancellationToken cancellationToken = default)
    {
        var reachable = await organizations.GetSubtreeWithinReachAsync(input.OrganizationId, cancellationToken);
        var names = reachable.ToDictionary(o => o.Id, o => o.Name);
        var ids = names.Keys.ToArray();
        var meetings = db.Meetings.AsNoTracking().Where(m => ids.Contains(m.OrganizationId));
        if (input.Type is { } type)
        {
            meetings = meetings.Where(m => m.Types.Any(t => t.Type == type));
        }

        if (input.Status is { } status)
        {
            meetings = meetings.Where(m => m.Status == status);
        }

        if (input.From is { } from)
        {
            meetings = meetings.Where(m => m.HeldOn >= from);
        }

        if (input.To is { } to)
        {
            meetings = meetings.Where(m => m.HeldOn <= to);
        }

        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var filter = input.Filter.Trim();
            meetings = meetings.Where(m => m.Topic != null && m.Topic.Contains(filter));
        }

        var total = await meetings.LongCountAsync(cancellationToken);
        var page = await meetings
            .OrderBySorting(
                input.Sorting ?? "startsAt desc", m => m.StartsAt,
                nameof(Meeting.StartsAt), nameof(Meeting.HeldOn), nameof(Meeting.Status), nameof(Meeting.Topic),
                nameof(Meeting.CreationTime), nameof(Meeting.SubmittedAt))
            .Skip(input.SkipCount).Take(input.MaxResultCount)
            .Select(m => new
            {
                m.Id,
                m.OrganizationId,
                Types = m.Types.Select(t => t.Type).ToList(),
                m.StartsAt,
                m.EndsAt,
                m.HeldOn,
                m.Topic,
                m.Place,
                m.Mode,
                m.Status,
                AttendeeCount = m.Attendees.Count,
                PresentCount = m.Attendees.Count(a => a.Status == AttendanceStatus.Present),
                m.SubmittedAt,
            })
            .ToListAsync(cancellationToken);
        return new PagedResultDto<MeetingListItemDto>(total, page.Select(m => new MeetingListItemDto
        {
            Id = m.Id,
            OrganizationId = m.OrganizationId,
            OrganizationName = names[m.OrganizationId],
            Types = [.. m.Types.Order()],
            StartsAt = m.StartsAt,
            EndsAt = m.EndsAt,
            HeldOn = m.HeldOn,
            Topic = m.Topic,
            Place = m.Place,
            Mode = m.Mode,
            Status = m.Status,
            AttendeeCount = m.AttendeeCount,
            PresentCount = m.PresentCount,
            SubmittedAt = m.SubmittedAt,
        }).ToList());
    }

    public async Task<MeetingDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var (meeting, organization) = await FindWithinReachAsync(id, track: false, cancellationToken);
        return await ToDtoAsync(meeting, organization, cancellationToken);
    }

    public async Task<MeetingDto> CreateAsync(MeetingInput input, CancellationToken cancellationToken = default)
    {
        var organization = await organizations.GetWithinReachAsync(input.OrganizationId, cancellationToken);
        var meeting = new Meeting(Guid.CreateVersion7(), organization.Id);
        await ApplyAsync(meeting, organization, input, cancellationToken);
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(meeting.Id, cancellationToken);
    }

    public async Task<MeetingDto> UpdateAsync(Guid id, UpdateMeetingInput input, CancellationToken cancellationToken = default)
    {
        var (meeting, current) = await FindWithinReachAsync(id, track: true, cancellationToken);
        db.SetOriginalConcurrencyStamp(meeting, input.ConcurrencyStamp);
        var reason = input.EditReason?.Trim();
        if (meeting.IsLocked && string.IsNullOrEmpty(reason))
        {
            throw new BusinessException(PartyBuildingErrorCodes.Meetings.EditReasonRequired, 400);
        }

        var before = meeting.IsLocked ? Snapshot(meeting) : null;
        var organization = input.OrganizationId == current.Id
            ? current
            : await organizations.GetWithinReachAsync(input.OrganizationId, cancellationToken);
        await ApplyAsync(meeting, organization, input, cancellationToken);
        if (before is not null)
        {
            db.MeetingRevisions.Add(new MeetingRevision(
                Guid.CreateVersion7(), meeting.Id, reason!, before, Snapshot(meeting), CurrentUser.UserName));
        }

        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var (meeting, _) = await FindWithinReachAsync(id, track: true, cancellationToken);
        meeting.EnsureDraft();
        db.Meetings.Remove(meeting);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var attachment in await attachments.ListAsync(MeetingConsts.AttachmentOwner, id, cancellationToken))
        {
            await attachments.DeleteAsync(MeetingConsts.AttachmentOwner, id, attachment.Id, cancellationToken);
        }
    }

    public async Task<MeetingDto> SubmitAsync(Guid id, SubmitMeetingInput input, CancellationToken cancellationToken = default)
    {
        var (meeting, _) = await FindWithinReachAsync(id, track: true, cancellationToken);
        db.SetOriginalConcurrencyStamp(meeting, input.ConcurrencyStamp);
        if (meeting.IsLocked)
        {
            throw new BusinessException(PartyBuildingErrorCodes.Meetings.AlreadySubmitted, 409);
        }

        meeting.Submit(Clock.GetUtcNow().UtcDateTime, CurrentUser.Id, CurrentUser.UserName);
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    public async Task<IReadOnlyList<MeetingRevisionDto>> GetRevisionsAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await FindWithinReachAsync(id, track: false, cancellationToken);
        return await db.MeetingRevisions.AsNoTracking()
            .Where(r => r.MeetingId == id)
            .OrderByDescending(r => r.CreationTime).ThenByDescending(r => r.Id)
            .Select(r => new MeetingRevisionDto
            {
                Id = r.Id,
                UserId = r.CreatorId,
                UserName = r.UserName,
                Time = r.CreationTime,
                Reason = r.Reason,
                Before = r.Before,
                After = r.After,
            })
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AttachmentDto>> GetAttachmentsAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await FindWithinReachAsync(id, track: false, cancellationToken);
        return await attachments.ListAsync(MeetingConsts.AttachmentOwner, id, cancellationToken);
    }

    public async Task<AttachmentDto> AddAttachmentAsync(
        Guid id, AttachmentKind kind, string? fileName, Stream content, CancellationToken cancellationToken = default)
    {
        await FindDraftWithinReachAsync(id, cancellationToken);
        return await attachments.AddAsync(MeetingConsts.AttachmentOwner, id, kind, fileName, content, cancellationToken);
    }

    public async Task<AttachmentContent> OpenAttachmentAsync(Guid id, Guid attachmentId, CancellationToken cancellationToken = default)
    {
        await FindWithinReachAsync(id, track: false, cancellationToken);
        return await attachments.OpenAsync(MeetingConsts.AttachmentOwner, id, attachmentId, cancellationToken);
    }

    public async Task DeleteAttachmentAsync(Guid id, Guid attachmentId, CancellationToken cancellationToken = default)
    {
        await FindDraftWithinReachAsync(id, cancellationToken);
        await attachments.DeleteAsync(MeetingConsts.AttachmentOwner, id, attachmentId, cancellationToken);
    }

    /// <summary>
    /// Evidence is part of what a secretary submits: once the meeting is submitted its attachments are locked like
    /// the rest of the record.
    /// </summary>
    private async Task FindDraftWithinReachAsync(Guid id, CancellationToken cancellationToken)
    {
        var (meeting, _) = await FindWithinReachAsync(id, track: false, cancellationToken);
        meeting.EnsureDraft();
    }

    /// <summary>404 for an unknown meeting (or another committee's), 403 when its organisation is outside the reach.</summary>
    internal async Task<(Meeting Meeting, OrganizationInfo Organization)> FindWithinReachAsync(
        Guid id, bool track, CancellationToken cancellationToken)
    {
        var query = db.Meetings.Include(m => m.Types).Include(m => m.Venues).Include(m => m.Attendees).AsSplitQuery();
        var meeting = await (track ? query : query.AsNoTracking()).FirstOrDefaultAsync(m => m.Id == id, cancellationToken)
            ?? throw new EntityNotFoundException(nameof(Meeting), id);
        var organization = await organizations.FindWithinReachAsync(meeting.OrganizationId, cancellationToken)
            ?? throw new BusinessException(PartyBuildingErrorCodes.Meetings.OutsideReach, 403);
        return (meeting, organization);
    }

    private async Task ApplyAsync(Meeting meeting, OrganizationInfo organization, MeetingInput input, CancellationToken cancellationToken)
    {
        ValidateVenues(input);
        await ValidatePeopleAsync(organization, input, cancellationToken);

        var clock = await calendar.ClockAsync(cancellationToken);
        var startsAt = UtcInstant.From(input.StartsAt);
        meeting.OrganizationId = organization.Id;
        meeting.Schedule(startsAt, UtcInstant.From(input.EndsAt), DateOnly.FromDateTime(clock.ToLocal(startsAt)));
        meeting.ReplaceTypes(input.Types);
        meeting.Place = InputText.TrimmedOrNull(input.Place);
        meeting.Mode = input.Mode;
        meeting.ReplaceVenues(input.Venues.Select((v, index) =>
            new MeetingVenue(Guid.CreateVersion7(), v.Name.Trim(), v.IsMain, v.AttendeeCount, index)));
        meeting.HostName = InputText.TrimmedOrNull(input.HostName);
        meeting.HostMemberId = input.HostMemberId;
        meeting.Topic = InputText.TrimmedOrNull(input.Topic);
        meeting.SpeakerName = InputText.TrimmedOrNull(input.SpeakerName);
        meeting.SpeakerMemberId = input.SpeakerMemberId;
        meeting.SpeakerIsSecretary = input.SpeakerIsSecretary;
        meeting.Agenda = InputText.TrimmedOrNull(input.Agenda);
        meeting.Minutes = InputText.TrimmedOrNull(input.Minutes);
        meeting.Resolutions = InputText.TrimmedOrNull(input.Resolutions);
        meeting.HasVote = input.HasVote;
        meeting.ReplaceAttendees(input.Attendees.Select(a => new MeetingAttendee(
            Guid.CreateVersion7(), a.MemberId, a.Status, a.Status == AttendanceStatus.Present ? null : InputText.TrimmedOrNull(a.AbsenceReason))));
    }

    /// <summary>A hybrid meeting (线上+线下) names its venues, one of them the main one; no meeting has two main venues.</summary>
    private static void ValidateVenues(MeetingInput input)
    {
        var mains = input.Venues.Count(v => v.IsMain);
        if (input.Mode == MeetingMode.Hybrid ? input.Venues.Count < 2 || mains != 1 : mains > 1)
        {
            throw new BusinessException(PartyBuildingErrorCodes.Meetings.InvalidVenues, 400);
        }
    }

    /// <summary>Attendees are member records of the organisation's subtree; host and speaker are records of the committee.</summary>
    private async Task ValidatePeopleAsync(OrganizationInfo organization, MeetingInput input, CancellationToken cancellationToken)
    {
        var named = input.Attendees.Select(a => a.MemberId)
            .Concat(new[] { input.HostMemberId, input.SpeakerMemberId }.OfType<Guid>())
            .Distinct().ToList();
        var known = (await members.GetManyAsync(named, cancellationToken)).ToDictionary(m => m.Id);
        foreach (var person in new[] { input.HostMemberId, input.SpeakerMemberId }.OfType<Guid>())
        {
            if (!known.ContainsKey(person))
            {
                throw new BusinessException(PartyBuildingErrorCodes.Meetings.UnknownMember, 400, person);
            }
        }

        if (input.Attendees.Count == 0)
        {
            return;
        }

        var subtree = (await organizations.GetSubtreeWithinReachAsync(organization.Id, cancellationToken)).Select(o => o.Id).ToHashSet();
        foreach (var attendee in input.Attendees)
        {
            if (!known.TryGetValue(attendee.MemberId, out var member)
                || !(subtree.Contains(member.OrganizationId) || member.PartyGroupId is { } group && subtree.Contains(group)))
            {
                throw new BusinessException(PartyBuildingErrorCodes.Meetings.UnknownAttendee, 400, attendee.MemberId);
            }

            if (attendee.Status == AttendanceStatus.Leave && string.IsNullOrWhiteSpace(attendee.AbsenceReason))
            {
                throw new BusinessException(PartyBuildingErrorCodes.Meetings.AbsenceReasonRequired, 400, member.Name);
            }
        }
    }

    private async Task<MeetingDto> ToDtoAsync(Meeting meeting, OrganizationInfo organization, CancellationToken cancellationToken)
    {
        var attendeeNames = (await members.GetManyAsync(meeting.Attendees.Select(a => a.MemberId).ToList(), cancellationToken))
            .ToDictionary(m => m.Id, m => m.Name);
        var evidence = await attachments.ListAsync(MeetingConsts.AttachmentOwner, meeting.Id, cancellationToken);
        var dto = new MeetingDto
        {
            Id = meeting.Id,
            OrganizationId = meeting.OrganizationId,
            OrganizationName = organization.Name,
            Status = meeting.Status,
            HeldOn = meeting.HeldOn,
            PeriodKeys = new MeetingPeriodKeysDto(
                Period.Containing(PeriodKind.Month, meeting.HeldOn).Key,
                Period.Containing(PeriodKind.Quarter, meeting.HeldOn).Key,
                Period.Containing(PeriodKind.Year, meeting.HeldOn).Key),
            Attendance = Attendance(meeting),
            Warnings = [.. await warnings.ForAsync(meeting, evidence.Any(a => a.Kind == AttachmentKind.Minutes), cancellationToken)],
            Attachments = [.. evidence],
            SubmittedAt = meeting.SubmittedAt,
            SubmittedBy = meeting.SubmittedByName,
            RevisionCount = await db.MeetingRevisions.CountAsync(r => r.MeetingId == meeting.Id, cancellationToken),
            ConcurrencyStamp = meeting.ConcurrencyStamp,
        };
        FillInput(dto, meeting);
        foreach (var attendee in dto.Attendees)
        {
            attendee.MemberName = attendeeNames.GetValueOrDefault(attendee.MemberId);
        }

        return dto;
    }

    private static MeetingAttendanceDto Attendance(Meeting meeting)
    {
        var expected = meeting.Attendees.Count;
        var present = meeting.Attendees.Count(a => a.Status == AttendanceStatus.Present);
        return new MeetingAttendanceDto(
            expected,
            present,
            meeting.Attendees.Count(a => a.Status == AttendanceStatus.Absent),
            meeting.Attendees.Count(a => a.Status == AttendanceStatus.Leave),
            expected == 0 ? null : Math.Round((double)present / expected, 4));
    }

    /// <summary>The record as the secretary entered it: the answer's input fields and the revisions' snapshots.</summary>
    private static void FillInput(MeetingInput target, Meeting meeting)
    {
        target.OrganizationId = meeting.OrganizationId;
        target.Types = [.. meeting.Types.Select(t => t.Type).Order()];
        target.StartsAt = meeting.StartsAt;
        target.EndsAt = meeting.EndsAt;
        target.Place = meeting.Place;
        target.Mode = meeting.Mode;
        target.Venues = meeting.Venues.OrderBy(v => v.SortOrder)
            .Select(v => new MeetingVenueDto { Name = v.Name, IsMain = v.IsMain, AttendeeCount = v.AttendeeCount }).ToList();
        target.HostName = meeting.HostName;
        target.HostMemberId = meeting.HostMemberId;
        target.Topic = meeting.Topic;
        target.SpeakerName = meeting.SpeakerName;
        target.SpeakerMemberId = meeting.SpeakerMemberId;
        target.SpeakerIsSecretary = meeting.SpeakerIsSecretary;
        target.Agenda = meeting.Agenda;
        target.Minutes = meeting.Minutes;
        target.Resolutions = meeting.Resolutions;
        target.HasVote = meeting.HasVote;
        target.Attendees = meeting.Attendees.OrderBy(a => a.MemberId)
            .Select(a => new MeetingAttendeeDto { MemberId = a.MemberId, Status = a.Status, AbsenceReason = a.AbsenceReason }).ToList();
    }

    private static string Snapshot(Meeting meeting)
    {
        var snapshot = new MeetingInput();
        FillInput(snapshot, meeting);
        return JsonSerializer.Serialize(snapshot, SnapshotJson);
    }
}

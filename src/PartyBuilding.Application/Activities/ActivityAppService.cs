using Microsoft.EntityFrameworkCore;
using PartyBuilding.Data;
using PartyBuilding.Files;
using PartyBuilding.Framework.Application.Dtos;
using PartyBuilding.Framework.Application.Services;
using PartyBuilding.Framework.Data;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Framework.Text;
using PartyBuilding.Framework.Timing;
using PartyBuilding.Framework.Users;
using PartyBuilding.Members;
using PartyBuilding.Organizations;

namespace PartyBuilding.Activities;

/// <summary>
/// Brand activities of the organisations in the caller's reach: recording, the review state machine, attachments
/// while the activity may change, and the statistics of approved ones per committee period.
/// </summary>
public sealed class ActivityAppService(
    IServiceProvider services,
    IActivitiesDbContext db,
    IOrganizationLookup organizations,
    IMemberLookup members,
    IAttachmentStore attachments,
    IActivityStatistics statistics,
    CommitteeCalendar calendar) : ApplicationService(services), IActivityAppService
{
    public async Task<PagedResultDto<ActivityListItemDto>> GetListAsync(
        GetActivityListInput input, CancellationToken cancellationToken = default)
    {
        var reachable = await organizations.GetSubtreeWithinReachAsync(input.OrganizationId, cancellationToken);
        var query = Reachable(db.Activities.AsNoTracking(), reachable);
        if (input.CategoryId is { } categoryId)
        {
            query = query.Where(a => a.CategoryId == categoryId);
        }

        if (input.Status is { } status)
        {
            query = query.Where(a => a.Status == status);
        }

        if (input.From is { } from)
        {
            query = query.Where(a => a.HeldOn >= from);
        }

        if (input.To is { } to)
        {
            query = query.Where(a => a.HeldOn <= to);
        }

        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var filter = input.Filter.Trim();
            query = query.Where(a => a.Title.Contains(filter)
                || (a.Place != null && a.Place.Contains(filter))
                || (a.BrandName != null && a.BrandName.Contains(filter)));
        }

        var total = await query.LongCountAsync(cancellationToken);
        var sorted = string.IsNullOrWhiteSpace(input.Sorting)
            ? query.OrderByDescending(a => a.StartsAt).ThenBy(a => a.Id)
            : query.OrderBySorting(
                input.Sorting, a => a.StartsAt,
                nameof(Activity.StartsAt), nameof(Activity.HeldOn), nameof(Activity.Title), nameof(Activity.Status),
                nameof(Activity.SubmittedAt), nameof(Activity.CreationTime));
        var page = await ListItems(sorted.Skip(input.SkipCount).Take(input.MaxResultCount), reachable, cancellationToken);
        return new PagedResultDto<ActivityListItemDto>(total, page);
    }

    public async Task<ActivityDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var (activity, organization) = await FindInReachAsync(id, track: false, cancellationToken);
        return await ToDtoAsync(activity, organization, cancellationToken);
    }

    public async Task<ActivityDto> CreateAsync(ActivityInput input, CancellationToken cancellationToken = default)
    {
        var organization = await organizations.GetWithinReachAsync(input.OrganizationId!.Value, cancellationToken);
        var activity = new Activity(Guid.CreateVersion7(), organization.Id);
        await ApplyAsync(activity, input, organization, cancellationToken);
        db.Activities.Add(activity);
        await db.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(activity, organization, cancellationToken);
    }

    public async Task<ActivityDto> UpdateAsync(Guid id, UpdateActivityInput input, CancellationToken cancellationToken = default)
    {
        var (activity, _) = await FindInReachAsync(id, track: true, cancellationToken);
        db.SetOriginalConcurrencyStamp(activity, input.ConcurrencyStamp);
        activity.EnsureEditable();
        var organization = await organizations.GetWithinReachAsync(input.OrganizationId!.Value, cancellationToken);
        await ApplyAsync(activity, input, organization, cancellationToken);
        // A participant list that alone changed leaves the activity's own row untouched; marking it keeps the stamp check.
        db.Entry(activity).State = EntityState.Modified;
        await db.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(activity, organization, cancellationToken);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var (activity, _) = await FindInReachAsync(id, track: true, cancellationToken);
        activity.EnsureEditable();
        db.Activities.Remove(activity);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<ActivityDto> SubmitAsync(Guid id, SubmitActivityInput input, CancellationToken cancellationToken = default)
    {
        var (activity, organization) = await FindInReachAsync(id, track: true, cancellationToken);
        db.SetOriginalConcurrencyStamp(activity, input.ConcurrencyStamp);
        activity.Submit(Clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(activity, organization, cancellationToken);
    }

    public async Task<ActivityDto> ReviewAsync(Guid id, ReviewActivityInput input, CancellationToken cancellationToken = default)
    {
        var (activity, organization) = await FindInReachAsync(id, track: true, cancellationToken);
        db.SetOriginalConcurrencyStamp(activity, input.ConcurrencyStamp);
        var reviewerName = CurrentUser.Principal?.FindFirst(PartyBuildingClaimTypes.Name)?.Value ?? CurrentUser.UserName ?? string.Empty;
        var review = new ActivityReview(
            Guid.CreateVersion7(), input.Decision!.Value, InputText.TrimmedOrNull(input.Comment), CurrentUser.Id, reviewerName, Clock.GetUtcNow().UtcDateTime);
        activity.Review(review);
        db.Entry(review).State = EntityState.Added;
        await db.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(activity, organization, cancellationToken);
    }

    public async Task<IReadOnlyList<ActivityListItemDto>> GetReviewQueueAsync(CancellationToken cancellationToken = default)
    {
        var reachable = await organizations.GetSubtreeWithinReachAsync(null, cancellationToken);
        var queue = Reachable(db.Activities.AsNoTracking(), reachable)
            .Where(a => a.Status == ActivityStatus.Submitted)
            .OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id);
        return await ListItems(queue, reachable, cancellationToken);
    }

    public async Task<ActivityStatisticsDto> GetStatisticsAsync(
        string? period, Guid? organizationId, CancellationToken cancellationToken = default)
    {
        var parsed = await ParsePeriodAsync(period, cancellationToken);
        var scope = await organizations.GetSubtreeWithinReachAsync(organizationId, cancellationToken);
        var counts = await statistics.CountApprovedAsync(parsed, scope.Select(o => o.Id).ToList(), cancellationToken);
        var byOrganization = counts.ToLookup(c => c.OrganizationId);
        var byCategory = counts.ToLookup(c => c.CategoryId);
        var categories = await db.ActivityCategories.IgnoreQueryFilters([DataFilters.SoftDelete]).AsNoTracking()
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ToListAsync(cancellationToken);

        return new ActivityStatisticsDto
        {
            Period = parsed.Key,
            ByOrganization = [.. scope.Select(o => new ActivityOrganizationStatisticsDto(
                o.Id, o.Name, byOrganization[o.Id].Sum(c => c.Approved), byOrganization[o.Id].Sum(c => c.VolunteerHours),
                byOrganization[o.Id].Sum(c => c.PeopleServed)))],
            // Deleted or inactive categories appear only while approved activities of the period still use them.
            ByCategory = [.. categories
                .Where(c => byCategory.Contains(c.Id) || (c.IsActive && !c.IsDeleted))
                .Select(c => new ActivityCategoryStatisticsDto(c.Id, c.Name, c.Group, byCategory[c.Id].Sum(x => x.Approved)))],
        };
    }

    public async Task<IReadOnlyList<AttachmentDto>> GetAttachmentsAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await FindInReachAsync(id, track: false, cancellationToken);
        return await attachments.ListAsync(ActivityConsts.AttachmentOwnerType, id, cancellationToken);
    }

    public async Task<AttachmentDto> AddAttachmentAsync(
        Guid id, AttachmentKind kind, string? fileName, Stream content, CancellationToken cancellationToken = default)
    {
        (await FindInReachAsync(id, track: false, cancellationToken)).Activity.EnsureEditable();
        return await attachments.AddAsync(ActivityConsts.AttachmentOwnerType, id, kind, fileName, content, cancellationToken);
    }

    public async Task<AttachmentContent> OpenAttachmentAsync(Guid id, Guid attachmentId, CancellationToken cancellationToken = default)
    {
        await FindInReachAsync(id, track: false, cancellationToken);
        return await attachments.OpenAsync(ActivityConsts.AttachmentOwnerType, id, attachmentId, cancellationToken);
    }

    public async Task DeleteAttachmentAsync(Guid id, Guid attachmentId, CancellationToken cancellationToken = default)
    {
        (await FindInReachAsync(id, track: false, cancellationToken)).Activity.EnsureEditable();
        await attachments.DeleteAsync(ActivityConsts.AttachmentOwnerType, id, attachmentId, cancellationToken);
    }

    private static IQueryable<Activity> Reachable(IQueryable<Activity> activities, IReadOnlyList<OrganizationInfo> reachable)
    {
        var ids = reachable.Select(o => o.Id).ToList();
        return activities.Where(a => ids.Contains(a.OrganizationId));
    }

    private async Task<List<ActivityListItemDto>> ListItems(
        IQueryable<Activity> activities, IReadOnlyList<OrganizationInfo> reachable, CancellationToken cancellationToken)
    {
        var rows = await activities
            .Select(a => new { Activity = a, Participants = a.Participants.Count })
            .ToListAsync(cancellationToken);
        var names = reachable.ToDictionary(o => o.Id, o => o.Name);
        var categories = await CategoriesAsync(cancellationToken);
        return rows.ConvertAll(r =>
        {
            var item = Fill(new ActivityListItemDto(), r.Activity, names[r.Activity.OrganizationId], categories[r.Activity.CategoryId]);
            item.ParticipantCount = r.Participants + r.Activity.OtherParticipantCount;
            return item;
        });
    }

    /// <summary>Loads an activity the caller may act on: 404 when it does not exist, 403 when its organisation is outside the reach.</summary>
    private async Task<(Activity Activity, OrganizationInfo Organization)> FindInReachAsync(
        Guid id, bool track, CancellationToken cancellationToken)
    {
        var query = db.Activities.Include(a => a.Participants).Include(a => a.Reviews).AsSplitQuery();
        var activity = await (track ? query : query.AsNoTracking()).FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw new EntityNotFoundException(nameof(Activity), id);
        var organization = await organizations.FindWithinReachAsync(activity.OrganizationId, cancellationToken)
            ?? throw new BusinessException(PartyBuildingErrorCodes.Activities.OutsideReach, 403);
        return (activity, organization);
    }

    private async Task ApplyAsync(Activity activity, ActivityInput input, OrganizationInfo organization, CancellationToken cancellationToken)
    {
        var categoryId = input.CategoryId!.Value;
        // A category since made inactive stays valid on the activities that already carry it.
        if (!await db.ActivityCategories.AnyAsync(c => c.Id == categoryId && (c.IsActive || c.Id == activity.CategoryId), cancellationToken))
        {
            throw new BusinessException(PartyBuildingErrorCodes.Activities.UnknownCategory, 400, categoryId);
        }

        var startsAt = UtcInstant.From(input.StartsAt!.Value);
        var endsAt = UtcInstant.From(input.EndsAt!.Value);
        if (endsAt < startsAt)
        {
            throw new BusinessException(PartyBuildingErrorCodes.Activities.InvalidTimes);
        }

        var memberIds = input.MemberIds.Distinct().ToList();
        var names = await members.GetNamesInSubtreeAsync(organization.Id, memberIds, cancellationToken);
        if (memberIds.Where(m => !names.ContainsKey(m)).Select(m => (Guid?)m).FirstOrDefault() is { } unknown)
        {
            throw new BusinessException(PartyBuildingErrorCodes.Activities.UnknownParticipant, 400, unknown);
        }

        var clock = await calendar.ClockAsync(cancellationToken);
        activity.Schedule(startsAt, endsAt, DateOnly.FromDateTime(clock.ToLocal(startsAt)));
        activity.OrganizationId = organization.Id;
        activity.Title = input.Title.Trim();
        activity.Place = InputText.TrimmedOrNull(input.Place);
        activity.CategoryId = categoryId;
        activity.Requirement = input.Requirement;
        activity.Mode = input.Mode;
        activity.BrandName = InputText.TrimmedOrNull(input.BrandName) ?? organization.BrandName;
        activity.OtherParticipantCount = input.OtherParticipantCount;
        activity.VolunteerHours = input.VolunteerHours;
        activity.PeopleServed = input.PeopleServed;
        activity.Outcome = InputText.TrimmedOrNull(input.Outcome);
        activity.ReplaceParticipants(memberIds.Select(m => new ActivityParticipant(Guid.CreateVersion7(), m, names[m])));
        if (db.Entry(activity).State != EntityState.Detached)
        {
            // EF takes an entity reached through a navigation with its key already set for an existing row.
            foreach (var participant in activity.Participants)
            {
                db.Entry(participant).State = EntityState.Added;
            }
        }
    }

    private async Task<Period> ParsePeriodAsync(string? key, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(key)
            ? Period.Containing(PeriodKind.Month, await calendar.TodayAsync(cancellationToken))
            : Period.ParseCounting(key, PartyBuildingErrorCodes.Activities.InvalidPeriod);

    private async Task<ActivityDto> ToDtoAsync(Activity activity, OrganizationInfo organization, CancellationToken cancellationToken)
    {
        var categories = await CategoriesAsync(cancellationToken);
        var dto = Fill(new ActivityDto(), activity, organization.Name, categories[activity.CategoryId]);
        dto.ParticipantCount = activity.ParticipantCount;
        dto.Place = activity.Place;
        dto.MemberIds = [.. activity.Participants.Select(p => p.MemberId)];
        dto.Participants = [.. activity.Participants.Select(p => new ActivityParticipantDto(p.MemberId, p.Name))];
        dto.OtherParticipantCount = activity.OtherParticipantCount;
        dto.VolunteerHours = activity.VolunteerHours;
        dto.PeopleServed = activity.PeopleServed;
        dto.Outcome = activity.Outcome;
        dto.Reviews = [.. activity.Reviews.OrderBy(r => r.Time).Select(r => new ActivityReviewDto(r.Decision, r.Comment, r.ReviewerName, r.Time))];
        dto.Attachments = await attachments.ListAsync(ActivityConsts.AttachmentOwnerType, activity.Id, cancellationToken);
        return dto;
    }

    /// <summary>Every category ever defined, deleted ones included: past activities keep their category's name.</summary>
    private Task<Dictionary<Guid, ActivityCategory>> CategoriesAsync(CancellationToken cancellationToken) =>
        db.ActivityCategories.IgnoreQueryFilters([DataFilters.SoftDelete]).AsNoTracking().ToDictionaryAsync(c => c.Id, cancellationToken);

    private static T Fill<T>(T dto, Activity activity, string organizationName, ActivityCategory category)
        where T : ActivityListItemDto
    {
        dto.Id = activity.Id;
        dto.OrganizationId = activity.OrganizationId;
        dto.OrganizationName = organizationName;
        dto.Title = activity.Title;
        dto.StartsAt = activity.StartsAt;
        dto.EndsAt = activity.EndsAt;
        dto.HeldOn = activity.HeldOn;
        dto.CategoryId = activity.CategoryId;
        dto.CategoryName = category.Name;
        dto.CategoryGroup = category.Group;
        dto.Requirement = activity.Requirement;
        dto.Mode = activity.Mode;
        dto.BrandName = activity.BrandName;
        dto.Status = activity.Status;
        dto.SubmittedAt = activity.SubmittedAt;
        dto.ConcurrencyStamp = activity.ConcurrencyStamp;
        return dto;
    }
}

using PartyBuilding.Files;
using PartyBuilding.Framework.Application.Dtos;

namespace PartyBuilding.Activities;

public interface IActivityCategoryAppService
{
    Task<IReadOnlyList<ActivityCategoryDto>> GetListAsync(CancellationToken cancellationToken = default);

    Task<ActivityCategoryDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<ActivityCategoryDto> CreateAsync(ActivityCategoryInput input, CancellationToken cancellationToken = default);

    Task<ActivityCategoryDto> UpdateAsync(Guid id, UpdateActivityCategoryInput input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);
}

/// <summary>Brand activities within the caller's reach, their review, statistics and attachments.</summary>
public interface IActivityAppService
{
    Task<PagedResultDto<ActivityListItemDto>> GetListAsync(GetActivityListInput input, CancellationToken cancellationToken = default);

    Task<ActivityDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<ActivityDto> CreateAsync(ActivityInput input, CancellationToken cancellationToken = default);

    Task<ActivityDto> UpdateAsync(Guid id, UpdateActivityInput input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);

    Task<ActivityDto> SubmitAsync(Guid id, SubmitActivityInput input, CancellationToken cancellationToken = default);

    Task<ActivityDto> ReviewAsync(Guid id, ReviewActivityInput input, CancellationToken cancellationToken = default);

    /// <summary>Submitted activities in reach, the longest waiting first.</summary>
    Task<IReadOnlyList<ActivityListItemDto>> GetReviewQueueAsync(CancellationToken cancellationToken = default);

    Task<ActivityStatisticsDto> GetStatisticsAsync(string? period, Guid? organizationId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AttachmentDto>> GetAttachmentsAsync(Guid id, CancellationToken cancellationToken = default);

    Task<AttachmentDto> AddAttachmentAsync(
        Guid id, AttachmentKind kind, string? fileName, Stream content, CancellationToken cancellationToken = default);

    Task<AttachmentContent> OpenAttachmentAsync(Guid id, Guid attachmentId, CancellationToken cancellationToken = default);

    Task DeleteAttachmentAsync(Guid id, Guid attachmentId, CancellationToken cancellationToken = default);
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PartyBuilding.Activities;
using PartyBuilding.Files;
using PartyBuilding.Framework.Application.Dtos;
using PartyBuilding.Permissions;

namespace PartyBuilding.Controllers.Activities;

/// <summary>Brand activities (一支部一品牌 / 党建+) within the caller's reach, and their review.</summary>
[ApiController]
[Route("api/activities")]
[Authorize(PartyBuildingPermissions.Activities.Default)]
public sealed class ActivitiesController(IActivityAppService activities) : ControllerBase
{
    [HttpGet]
    public Task<PagedResultDto<ActivityListItemDto>> GetListAsync([FromQuery] GetActivityListInput input, CancellationToken cancellationToken) =>
        activities.GetListAsync(input, cancellationToken);

    [HttpGet("{id:guid}")]
    public Task<ActivityDto> GetAsync(Guid id, CancellationToken cancellationToken) => activities.GetAsync(id, cancellationToken);

    [HttpPost]
    [Authorize(PartyBuildingPermissions.Activities.Record)]
    public async Task<ActionResult<ActivityDto>> CreateAsync(ActivityInput input, CancellationToken cancellationToken)
    {
        var activity = await activities.CreateAsync(input, cancellationToken);
        return Created($"/api/activities/{activity.Id}", activity);
    }

    [HttpPut("{id:guid}")]
    [Authorize(PartyBuildingPermissions.Activities.Record)]
    public Task<ActivityDto> UpdateAsync(Guid id, UpdateActivityInput input, CancellationToken cancellationToken) =>
        activities.UpdateAsync(id, input, cancellationToken);

    [HttpDelete("{id:guid}")]
    [Authorize(PartyBuildingPermissions.Activities.Record)]
    public async Task<IActionResult> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await activities.DeleteAsync(id, cancellationToken);
        return NoContent();
    }

    [HttpPost("{id:guid}/submit")]
    [Authorize(PartyBuildingPermissions.Activities.Record)]
    public Task<ActivityDto> SubmitAsync(Guid id, SubmitActivityInput input, CancellationToken cancellationToken) =>
        activities.SubmitAsync(id, input, cancellationToken);

    [HttpPost("{id:guid}/review")]
    [Authorize(PartyBuildingPermissions.Activities.Review)]
    public Task<ActivityDto> ReviewAsync(Guid id, ReviewActivityInput input, CancellationToken cancellationToken) =>
        activities.ReviewAsync(id, input, cancellationToken);

    [HttpGet("review-queue")]
    [Authorize(PartyBuildingPermissions.Activities.Review)]
    public Task<IReadOnlyList<ActivityListItemDto>> GetReviewQueueAsync(CancellationToken cancellationToken) =>
        activities.GetReviewQueueAsync(cancellationToken);

    [HttpGet("statistics")]
    public Task<ActivityStatisticsDto> GetStatisticsAsync(string? period, Guid? organizationId, CancellationToken cancellationToken) =>
        activities.GetStatisticsAsync(period, organizationId, cancellationToken);

    [HttpGet("{id:guid}/attachments")]
    public Task<IReadOnlyList<AttachmentDto>> GetAttachmentsAsync(Guid id, CancellationToken cancellationToken) =>
        activities.GetAttachmentsAsync(id, cancellationToken);

    [HttpPost("{id:guid}/attachments")]
    [Authorize(PartyBuildingPermissions.Activities.Record)]
    [AttachmentUpload]
    public Task<ActionResult<AttachmentDto>> AddAttachmentAsync(Guid id, [FromForm] AttachmentUploadForm form, CancellationToken cancellationToken) =>
        AttachmentEndpoints.CreatedAsync($"/api/activities/{id}", form,
            (kind, name, content, ct) => activities.AddAttachmentAsync(id, kind, name, content, ct), cancellationToken);

    [HttpGet("{id:guid}/attachments/{attachmentId:guid}")]
    public async Task<IActionResult> DownloadAttachmentAsync(Guid id, Guid attachmentId, CancellationToken cancellationToken) =>
        AttachmentEndpoints.Download(Response, await activities.OpenAttachmentAsync(id, attachmentId, cancellationToken));

    [HttpDelete("{id:guid}/attachments/{attachmentId:guid}")]
    [Authorize(PartyBuildingPermissions.Activities.Record)]
    public async Task<IActionResult> DeleteAttachmentAsync(Guid id, Guid attachmentId, CancellationToken cancellationToken)
    {
        await activities.DeleteAttachmentAsync(id, attachmentId, cancellationToken);
        return NoContent();
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PartyBuilding.Files;
using PartyBuilding.Framework.Application.Dtos;
using PartyBuilding.Framework.Authorization.Permissions;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Framework.MultiTenancy;
using PartyBuilding.Identity;
using PartyBuilding.Meetings;
using PartyBuilding.Permissions;

namespace PartyBuilding.Controllers.Meetings;

/// <summary>Meeting records (三会一课), plans, compliance and the calendar, within the caller's reach.</summary>
[ApiController]
[Route("api/meetings")]
[Authorize(PartyBuildingPermissions.Meetings.Default)]
public sealed class MeetingsController(IMeetingAppService meetings, IMeetingPlanAppService plans) : ControllerBase
{
    [HttpGet]
    public Task<PagedResultDto<MeetingListItemDto>> GetListAsync([FromQuery] GetMeetingListInput input, CancellationToken cancellationToken) =>
        meetings.GetListAsync(input, cancellationToken);

    [HttpGet("{id:guid}")]
    public Task<MeetingDto> GetAsync(Guid id, CancellationToken cancellationToken) => meetings.GetAsync(id, cancellationToken);

    [HttpPost]
    [Authorize(PartyBuildingPermissions.Meetings.Record)]
    public async Task<ActionResult<MeetingDto>> CreateAsync(MeetingInput input, CancellationToken cancellationToken)
    {
        var meeting = await meetings.CreateAsync(input, cancellationToken);
        return Created($"/api/meetings/{meeting.Id}", meeting);
    }

    [HttpPut("{id:guid}")]
    [Authorize(PartyBuildingPermissions.Meetings.Record)]
    public Task<MeetingDto> UpdateAsync(Guid id, UpdateMeetingInput input, CancellationToken cancellationToken) =>
        meetings.UpdateAsync(id, input, cancellationToken);

    [HttpDelete("{id:guid}")]
    [Authorize(PartyBuildingPermissions.Meetings.Record)]
    public async Task<IActionResult> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await meetings.DeleteAsync(id, cancellationToken);
        return NoContent();
    }

    [HttpPost("{id:guid}/submit")]
    [Authorize(PartyBuildingPermissions.Meetings.Record)]
    public Task<MeetingDto> SubmitAsync(Guid id, SubmitMeetingInput input, CancellationToken cancellationToken) =>
        meetings.SubmitAsync(id, input, cancellationToken);

    [HttpGet("{id:guid}/revisions")]
    public Task<IReadOnlyList<MeetingRevisionDto>> GetRevisionsAsync(Guid id, CancellationToken cancellationToken) =>
        meetings.GetRevisionsAsync(id, cancellationToken);

    [HttpGet("{id:guid}/attachments")]
    public Task<IReadOnlyList<AttachmentDto>> GetAttachmentsAsync(Guid id, CancellationToken cancellationToken) =>
        meetings.GetAttachmentsAsync(id, cancellationToken);

    [HttpPost("{id:guid}/attachments")]
    [Authorize(PartyBuildingPermissions.Meetings.Record)]
    [AttachmentUpload]
    public Task<ActionResult<AttachmentDto>> AddAttachmentAsync(
        Guid id, [FromForm] AttachmentUploadForm form, CancellationToken cancellationToken) =>
        AttachmentEndpoints.CreatedAsync($"/api/meetings/{id}", form,
            (kind, name, content, ct) => meetings.AddAttachmentAsync(id, kind, name, content, ct), cancellationToken);

    [HttpGet("{id:guid}/attachments/{attachmentId:guid}")]
    public async Task<IActionResult> DownloadAttachmentAsync(Guid id, Guid attachmentId, CancellationToken cancellationToken) =>
        AttachmentEndpoints.Download(Response, await meetings.OpenAttachmentAsync(id, attachmentId, cancellationToken));

    [HttpDelete("{id:guid}/attachments/{attachmentId:guid}")]
    [Authorize(PartyBuildingPermissions.Meetings.Record)]
    public async Task<IActionResult> DeleteAttachmentAsync(Guid id, Guid attachmentId, CancellationToken cancellationToken)
    {
        await meetings.DeleteAttachmentAsync(id, attachmentId, cancellationToken);
        return NoContent();
    }

    [HttpGet("plan")]
    public Task<MeetingPlanDto> GetPlanAsync([FromQuery] GetMeetingPlanInput input, CancellationToken cancellationToken) =>
        plans.GetPlanAsync(input, cancellationToken);

    [HttpGet("compliance")]
    public Task<ComplianceReportDto> GetComplianceAsync([FromQuery] GetComplianceInput input, CancellationToken cancellationToken) =>
        plans.GetComplianceAsync(input, cancellationToken);

    [HttpGet("compliance/summary")]
    public Task<ComplianceSummaryDto> GetSummaryAsync([FromQuery] GetComplianceSummaryInput input, CancellationToken cancellationToken) =>
        plans.GetSummaryAsync(input, cancellationToken);

    [HttpGet("compliance/matrix")]
    public Task<ComplianceMatrixDto> GetMatrixAsync([FromQuery] GetComplianceMatrixInput input, CancellationToken cancellationToken) =>
        plans.GetMatrixAsync(input, cancellationToken);

    [HttpGet("calendar")]
    public Task<IReadOnlyList<CalendarEntryDto>> GetCalendarAsync([FromQuery] GetCalendarInput input, CancellationToken cancellationToken) =>
        plans.GetCalendarAsync(input, cancellationToken);

    [HttpGet("calendar-feed")]
    public Task<CalendarFeedDto> GetCalendarFeedAsync([FromQuery] Guid organizationId, CancellationToken cancellationToken) =>
        plans.GetCalendarFeedAsync(organizationId, cancellationToken);

    /// <summary>
    /// Read by calendar apps, which send no cookie: the signed token names the committee and the user, and the
    /// request then acts as that user, so their permissions and reach are checked as they stand now.
    /// </summary>
    [HttpGet("calendar.ics")]
    [AllowAnonymous]
    public async Task<IActionResult> GetCalendarFileAsync(
        [FromQuery] Guid organizationId,
        [FromQuery] string? token,
        [FromServices] MeetingCalendarFeed feed,
        [FromServices] ITenantStore tenantStore,
        [FromServices] ICurrentTenant currentTenant,
        [FromServices] IUserPrincipalFactory principals,
        [FromServices] IPermissionChecker permissionChecker,
        CancellationToken cancellationToken)
    {
        var claims = feed.Read(token, organizationId);
        var invalid = new BusinessException(PartyBuildingErrorCodes.Meetings.InvalidCalendarToken, 401);
        var tenant = await tenantStore.FindAsync(claims.TenantId, cancellationToken);
        if (tenant is not { IsActive: true })
        {
            throw invalid;
        }

        using (currentTenant.Change(tenant.Id, tenant.Code))
        {
            var principal = await principals.CreateForActiveUserAsync(claims.UserId, cancellationToken) ?? throw invalid;
            if (!await permissionChecker.IsGrantedAsync(principal, PartyBuildingPermissions.Meetings.Default, cancellationToken))
            {
                throw new BusinessException(FrameworkErrorCodes.Forbidden, 403);
            }

            HttpContext.User = principal;
            var ics = await plans.GetCalendarFileAsync(organizationId, cancellationToken);
            return Content(ics, "text/calendar; charset=utf-8");
        }
    }
}

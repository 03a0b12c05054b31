using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PartyBuilding.Framework.Application.Dtos;
using PartyBuilding.Inspections;
using PartyBuilding.Permissions;

namespace PartyBuilding.Controllers.Inspections;

/// <summary>Findings of the daily inspection (日巡查) within the caller's reach.</summary>
[ApiController]
[Route("api/inspections")]
[Authorize(PartyBuildingPermissions.Meetings.Default)]
public sealed class InspectionsController(IInspectionAppService inspections) : ControllerBase
{
    [HttpGet]
    public Task<PagedResultDto<InspectionFindingDto>> GetListAsync(
        [FromQuery] GetInspectionFindingsInput input, CancellationToken cancellationToken) =>
        inspections.GetListAsync(input, cancellationToken);

    [HttpGet("reminders")]
    public Task<IReadOnlyList<InspectionFindingDto>> GetRemindersAsync(CancellationToken cancellationToken) =>
        inspections.GetRemindersAsync(cancellationToken);
}

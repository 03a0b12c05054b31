using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PartyBuilding.Members;
using PartyBuilding.Permissions;

namespace PartyBuilding.Controllers.Members;

/// <summary>The development pipeline (发展党员): steps, board and due list.</summary>
[ApiController]
[Route("api/members")]
[Authorize(PartyBuildingPermissions.Members.Develop)]
public sealed class MemberDevelopmentController(IMemberDevelopmentAppService development) : ControllerBase
{
    [HttpPost("{id:guid}/stage-transitions")]
    public Task<MemberDevelopmentDto> TransitionAsync(Guid id, StageTransitionInput input, CancellationToken cancellationToken) =>
        development.TransitionAsync(id, input, cancellationToken);

    [HttpGet("development/board")]
    public Task<DevelopmentBoardDto> GetBoardAsync([FromQuery] GetDevelopmentBoardInput input, CancellationToken cancellationToken) =>
        development.GetBoardAsync(input, cancellationToken);

    [HttpGet("development/due")]
    public Task<IReadOnlyList<DueItemDto>> GetDueListAsync([FromQuery] GetDueListInput input, CancellationToken cancellationToken) =>
        development.GetDueListAsync(input, cancellationToken);
}

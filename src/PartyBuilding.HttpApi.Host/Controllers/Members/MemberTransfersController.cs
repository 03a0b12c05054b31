using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PartyBuilding.Framework.Application.Dtos;
using PartyBuilding.Members;
using PartyBuilding.Permissions;

namespace PartyBuilding.Controllers.Members;

/// <summary>Tracking of organisation-relationship transfers (组织关系转接) made in the national system.</summary>
[ApiController]
[Route("api/member-transfers")]
[Authorize(PartyBuildingPermissions.Members.Transfers)]
public sealed class MemberTransfersController(IMemberTransferAppService transfers) : ControllerBase
{
    [HttpGet]
    public Task<PagedResultDto<MemberTransferDto>> GetListAsync(
        [FromQuery] GetMemberTransferListInput input, CancellationToken cancellationToken) =>
        transfers.GetListAsync(input, cancellationToken);

    [HttpGet("{id:guid}")]
    public Task<MemberTransferDto> GetAsync(Guid id, CancellationToken cancellationToken) => transfers.GetAsync(id, cancellationToken);

    [HttpPost]
    public async Task<ActionResult<MemberTransferDto>> CreateAsync(CreateMemberTransferDto input, CancellationToken cancellationToken)
    {
        var transfer = await transfers.CreateAsync(input, cancellationToken);
        return Created($"/api/member-transfers/{transfer.Id}", transfer);
    }

    [HttpPut("{id:guid}")]
    public Task<MemberTransferDto> UpdateAsync(Guid id, UpdateMemberTransferDto input, CancellationToken cancellationToken) =>
        transfers.UpdateAsync(id, input, cancellationToken);

    [HttpPost("{id:guid}/complete")]
    public Task<MemberTransferDto> CompleteAsync(Guid id, CompleteMemberTransferDto input, CancellationToken cancellationToken) =>
        transfers.CompleteAsync(id, input, cancellationToken);

    [HttpPost("{id:guid}/cancel")]
    public Task<MemberTransferDto> CancelAsync(Guid id, CancellationToken cancellationToken) => transfers.CancelAsync(id, cancellationToken);
}

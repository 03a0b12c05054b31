using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PartyBuilding.Framework.Application.Dtos;
using PartyBuilding.Members;
using PartyBuilding.Permissions;

namespace PartyBuilding.Controllers.Members;

/// <summary>
/// Member records (党员档案). Each route names its permission: a member's account reaches only <c>me</c>, which
/// needs no right over the others' records.
/// </summary>
[ApiController]
[Route("api/members")]
[Authorize]
public sealed class MembersController(IMemberAppService members) : ControllerBase
{
    [HttpGet]
    [Authorize(PartyBuildingPermissions.Members.Default)]
    public Task<PagedResultDto<MemberListItemDto>> GetListAsync([FromQuery] GetMemberListInput input, CancellationToken cancellationToken) =>
        members.GetListAsync(input, cancellationToken);

    [HttpGet("me")]
    [Authorize(PartyBuildingPermissions.MyRecord.Default)]
    public Task<MemberDto> GetMineAsync(CancellationToken cancellationToken) => members.GetMineAsync(cancellationToken);

    [HttpGet("statistics")]
    [Authorize(PartyBuildingPermissions.Members.Default)]
    public Task<MemberStatisticsDto> GetStatisticsAsync([FromQuery] Guid? organizationId, CancellationToken cancellationToken) =>
        members.GetStatisticsAsync(organizationId, cancellationToken);

    [HttpGet("ethnicities")]
    [Authorize(PartyBuildingPermissions.Members.Default)]
    public IReadOnlyList<string> GetEthnicities() => members.GetEthnicities();

    [HttpGet("{id:guid}")]
    [Authorize(PartyBuildingPermissions.Members.Default)]
    public Task<MemberDto> GetAsync(Guid id, [FromQuery] bool unmask, CancellationToken cancellationToken) =>
        members.GetAsync(id, unmask, cancellationToken);

    [HttpPost]
    [Authorize(PartyBuildingPermissions.Members.Create)]
    public async Task<ActionResult<MemberDto>> CreateAsync(CreateMemberDto input, CancellationToken cancellationToken)
    {
        var member = await members.CreateAsync(input, cancellationToken);
        return Created($"/api/members/{member.Id}", member);
    }

    [HttpPut("{id:guid}")]
    [Authorize(PartyBuildingPermissions.Members.Update)]
    public Task<MemberDto> UpdateAsync(Guid id, UpdateMemberDto input, CancellationToken cancellationToken) =>
        members.UpdateAsync(id, input, cancellationToken);

    [HttpDelete("{id:guid}")]
    [Authorize(PartyBuildingPermissions.Members.Delete)]
    public async Task<IActionResult> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await members.DeleteAsync(id, cancellationToken);
        return NoContent();
    }

    [HttpGet("{id:guid}/history")]
    [Authorize(PartyBuildingPermissions.Members.Default)]
    public Task<IReadOnlyList<MemberHistoryDto>> GetHistoryAsync(Guid id, CancellationToken cancellationToken) =>
        members.GetHistoryAsync(id, cancellationToken);

    [HttpPut("{id:guid}/photo")]
    [Authorize(PartyBuildingPermissions.Members.Update)]
    public async Task<IActionResult> SetPhotoAsync(Guid id, IFormFile file, CancellationToken cancellationToken)
    {
        await using var content = file.OpenReadStream();
        await members.SetPhotoAsync(id, content, cancellationToken);
        return NoContent();
    }

    [HttpGet("{id:guid}/photo")]
    [Authorize(PartyBuildingPermissions.Members.Default)]
    public async Task<IActionResult> GetPhotoAsync(Guid id, CancellationToken cancellationToken)
    {
        var photo = await members.GetPhotoAsync(id, cancellationToken);
        return File(photo.Content, photo.ContentType);
    }

    [HttpDelete("{id:guid}/photo")]
    [Authorize(PartyBuildingPermissions.Members.Update)]
    public async Task<IActionResult> DeletePhotoAsync(Guid id, CancellationToken cancellationToken)
    {
        await members.DeletePhotoAsync(id, cancellationToken);
        return NoContent();
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PartyBuilding.Framework.Application.Dtos;
using PartyBuilding.Identity;
using PartyBuilding.Permissions;

namespace PartyBuilding.Controllers.Identity;

[ApiController]
[Route("api/identity")]
[Authorize(PartyBuildingPermissions.Roles.Default)]
public sealed class RolesController(IRoleAppService roles) : ControllerBase
{
    [HttpGet("roles")]
    public Task<PagedResultDto<RoleDto>> GetListAsync(CancellationToken cancellationToken) => roles.GetListAsync(cancellationToken);

    [HttpGet("roles/{id:guid}")]
    public Task<RoleDto> GetAsync(Guid id, CancellationToken cancellationToken) => roles.GetAsync(id, cancellationToken);

    [HttpPost("roles")]
    [Authorize(PartyBuildingPermissions.Roles.Create)]
    public async Task<ActionResult<RoleDto>> CreateAsync(CreateRoleDto input, CancellationToken cancellationToken)
    {
        var role = await roles.CreateAsync(input, cancellationToken);
        return Created($"/api/identity/roles/{role.Id}", role);
    }

    [HttpPut("roles/{id:guid}")]
    [Authorize(PartyBuildingPermissions.Roles.Update)]
    public Task<RoleDto> UpdateAsync(Guid id, UpdateRoleDto input, CancellationToken cancellationToken) =>
        roles.UpdateAsync(id, input, cancellationToken);

    [HttpDelete("roles/{id:guid}")]
    [Authorize(PartyBuildingPermissions.Roles.Delete)]
    public async Task<IActionResult> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await roles.DeleteAsync(id, cancellationToken);
        return NoContent();
    }

    [HttpGet("permissions")]
    public PermissionListDto GetPermissionDefinitions() => roles.GetPermissionDefinitions();

    [HttpPut("roles/{id:guid}/permissions")]
    [Authorize(PartyBuildingPermissions.Roles.ManagePermissions)]
    public Task<RoleDto> UpdatePermissionsAsync(Guid id, UpdateRolePermissionsDto input, CancellationToken cancellationToken) =>
        roles.UpdatePermissionsAsync(id, input, cancellationToken);
}

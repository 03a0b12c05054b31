using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PartyBuilding.Framework.Application.Dtos;
using PartyBuilding.Identity;
using PartyBuilding.Permissions;

namespace PartyBuilding.Controllers.Identity;

[ApiController]
[Route("api/identity/users")]
[Authorize(PartyBuildingPermissions.Users.Default)]
public sealed class UsersController(IUserAppService users) : ControllerBase
{
    [HttpGet]
    public Task<PagedResultDto<UserDto>> GetListAsync([FromQuery] GetUserListInput input, CancellationToken cancellationToken) =>
        users.GetListAsync(input, cancellationToken);

    [HttpGet("{id:guid}")]
    public Task<UserDto> GetAsync(Guid id, CancellationToken cancellationToken) => users.GetAsync(id, cancellationToken);

    [HttpPost]
    [Authorize(PartyBuildingPermissions.Users.Create)]
    public async Task<ActionResult<UserDto>> CreateAsync(CreateUserDto input, CancellationToken cancellationToken)
    {
        var user = await users.CreateAsync(input, cancellationToken);
        return Created($"/api/identity/users/{user.Id}", user);
    }

    [HttpPut("{id:guid}")]
    [Authorize(PartyBuildingPermissions.Users.Update)]
    public Task<UserDto> UpdateAsync(Guid id, UpdateUserDto input, CancellationToken cancellationToken) =>
        users.UpdateAsync(id, input, cancellationToken);

    [HttpDelete("{id:guid}")]
    [Authorize(PartyBuildingPermissions.Users.Delete)]
    public async Task<IActionResult> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await users.DeleteAsync(id, cancellationToken);
        return NoContent();
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PartyBuilding.Framework.Application.Dtos;
using PartyBuilding.Permissions;
using PartyBuilding.Tenancy;

namespace PartyBuilding.Controllers.Tenancy;

/// <summary>Joint party committees, managed by the organization department.</summary>
[ApiController]
[Route("api/host/tenants")]
[Authorize(PartyBuildingPermissions.Tenants.Default)]
public sealed class TenantsController(ITenantAppService tenants) : ControllerBase
{
    [HttpGet]
    public Task<PagedResultDto<TenantDto>> GetListAsync([FromQuery] GetTenantListInput input, CancellationToken cancellationToken) =>
        tenants.GetListAsync(input, cancellationToken);

    [HttpGet("{id:guid}")]
    public Task<TenantDto> GetAsync(Guid id, CancellationToken cancellationToken) => tenants.GetAsync(id, cancellationToken);

    [HttpPost]
    [Authorize(PartyBuildingPermissions.Tenants.Create)]
    public async Task<ActionResult<TenantDto>> CreateAsync(CreateTenantDto input, CancellationToken cancellationToken)
    {
        var tenant = await tenants.CreateAsync(input, cancellationToken);
        return Created($"/api/host/tenants/{tenant.Id}", tenant);
    }

    [HttpPut("{id:guid}")]
    [Authorize(PartyBuildingPermissions.Tenants.Update)]
    public Task<TenantDto> UpdateAsync(Guid id, UpdateTenantDto input, CancellationToken cancellationToken) =>
        tenants.UpdateAsync(id, input, cancellationToken);

    [HttpDelete("{id:guid}")]
    [Authorize(PartyBuildingPermissions.Tenants.Delete)]
    public async Task<IActionResult> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await tenants.DeleteAsync(id, cancellationToken);
        return NoContent();
    }
}

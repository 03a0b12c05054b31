using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PartyBuilding.Framework.Application.Dtos;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Organizations;
using PartyBuilding.Permissions;

namespace PartyBuilding.Controllers.Organizations;

/// <summary>The member organisation tree (成员党组织), within the caller's reach.</summary>
[ApiController]
[Route("api/organizations")]
[Authorize(PartyBuildingPermissions.Organizations.Default)]
public sealed class OrganizationsController(IOrganizationAppService organizations) : ControllerBase
{
    [HttpGet("tree")]
    public Task<IReadOnlyList<OrganizationTreeNodeDto>> GetTreeAsync(CancellationToken cancellationToken) =>
        organizations.GetTreeAsync(cancellationToken);

    [HttpGet]
    public Task<PagedResultDto<OrganizationDto>> GetListAsync([FromQuery] GetOrganizationListInput input, CancellationToken cancellationToken) =>
        organizations.GetListAsync(input, cancellationToken);

    [HttpGet("{id:guid}")]
    public Task<OrganizationDetailDto> GetAsync(Guid id, CancellationToken cancellationToken) =>
        organizations.GetAsync(id, cancellationToken);

    [HttpPost]
    [Authorize(PartyBuildingPermissions.Organizations.Create)]
    public async Task<ActionResult<OrganizationDetailDto>> CreateAsync(CreateOrganizationDto input, CancellationToken cancellationToken)
    {
        var organization = await organizations.CreateAsync(input, cancellationToken);
        return Created($"/api/organizations/{organization.Id}", organization);
    }

    [HttpPut("{id:guid}")]
    [Authorize(PartyBuildingPermissions.Organizations.Update)]
    public Task<OrganizationDetailDto> UpdateAsync(Guid id, UpdateOrganizationDto input, CancellationToken cancellationToken) =>
        organizations.UpdateAsync(id, input, cancellationToken);

    [HttpDelete("{id:guid}")]
    [Authorize(PartyBuildingPermissions.Organizations.Delete)]
    public async Task<IActionResult> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await organizations.DeleteAsync(id, cancellationToken);
        return NoContent();
    }

    [HttpPost("{id:guid}/move")]
    [Authorize(PartyBuildingPermissions.Organizations.Update)]
    public Task<OrganizationDetailDto> MoveAsync(Guid id, MoveOrganizationDto input, CancellationToken cancellationToken) =>
        organizations.MoveAsync(id, input, cancellationToken);

    [HttpPut("{id:guid}/brand-logo")]
    [Authorize(PartyBuildingPermissions.Organizations.Update)]
    public async Task<IActionResult> SetBrandLogoAsync(Guid id, IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length is 0 or > OrganizationConsts.MaxLogoBytes)
        {
            throw new BusinessException(PartyBuildingErrorCodes.Organizations.InvalidImage, 400, OrganizationConsts.MaxLogoBytes / 1024);
        }

        using var content = new MemoryStream((int)file.Length);
        await file.CopyToAsync(content, cancellationToken);
        await organizations.SetBrandLogoAsync(id, content.ToArray(), cancellationToken);
        return NoContent();
    }

    [HttpGet("{id:guid}/brand-logo")]
    public async Task<IActionResult> GetBrandLogoAsync(Guid id, CancellationToken cancellationToken)
    {
        var logo = await organizations.GetBrandLogoAsync(id, cancellationToken);
        return File(logo.Content, logo.ContentType);
    }

    [HttpDelete("{id:guid}/brand-logo")]
    [Authorize(PartyBuildingPermissions.Organizations.Update)]
    public async Task<IActionResult> DeleteBrandLogoAsync(Guid id, CancellationToken cancellationToken)
    {
        await organizations.DeleteBrandLogoAsync(id, cancellationToken);
        return NoContent();
    }

    [HttpGet("{id:guid}/committee-terms")]
    public Task<IReadOnlyList<CommitteeTermDto>> GetTermsAsync(Guid id, CancellationToken cancellationToken) =>
        organizations.GetTermsAsync(id, cancellationToken);

    [HttpPost("{id:guid}/committee-terms")]
    [Authorize(PartyBuildingPermissions.Organizations.Update)]
    public async Task<ActionResult<CommitteeTermDto>> CreateTermAsync(Guid id, CommitteeTermInput input, CancellationToken cancellationToken)
    {
        var term = await organizations.CreateTermAsync(id, input, cancellationToken);
        return Created($"/api/organizations/{id}/committee-terms/{term.Id}", term);
    }

    [HttpPut("{id:guid}/committee-terms/{termId:guid}")]
    [Authorize(PartyBuildingPermissions.Organizations.Update)]
    public Task<CommitteeTermDto> UpdateTermAsync(Guid id, Guid termId, UpdateCommitteeTermInput input, CancellationToken cancellationToken) =>
        organizations.UpdateTermAsync(id, termId, input, cancellationToken);

    [HttpDelete("{id:guid}/committee-terms/{termId:guid}")]
    [Authorize(PartyBuildingPermissions.Organizations.Update)]
    public async Task<IActionResult> DeleteTermAsync(Guid id, Guid termId, CancellationToken cancellationToken)
    {
        await organizations.DeleteTermAsync(id, termId, cancellationToken);
        return NoContent();
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PartyBuilding.Organizations;
using PartyBuilding.Permissions;

namespace PartyBuilding.Controllers.Organizations;

/// <summary>The committee's unit categories; everyone who sees organisations reads them, officers maintain them.</summary>
[ApiController]
[Route("api/organization-categories")]
[Authorize(PartyBuildingPermissions.Organizations.Default)]
public sealed class OrganizationCategoriesController(IOrganizationCategoryAppService categories) : ControllerBase
{
    [HttpGet]
    public Task<IReadOnlyList<OrganizationCategoryDto>> GetListAsync(CancellationToken cancellationToken) =>
        categories.GetListAsync(cancellationToken);

    [HttpPost]
    [Authorize(PartyBuildingPermissions.Organizations.ManageCategories)]
    public async Task<ActionResult<OrganizationCategoryDto>> CreateAsync(OrganizationCategoryInput input, CancellationToken cancellationToken)
    {
        var category = await categories.CreateAsync(input, cancellationToken);
        return Created($"/api/organization-categories/{category.Id}", category);
    }

    [HttpPut("{id:guid}")]
    [Authorize(PartyBuildingPermissions.Organizations.ManageCategories)]
    public Task<OrganizationCategoryDto> UpdateAsync(Guid id, UpdateOrganizationCategoryInput input, CancellationToken cancellationToken) =>
        categories.UpdateAsync(id, input, cancellationToken);

    [HttpDelete("{id:guid}")]
    [Authorize(PartyBuildingPermissions.Organizations.ManageCategories)]
    public async Task<IActionResult> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await categories.DeleteAsync(id, cancellationToken);
        return NoContent();
    }
}

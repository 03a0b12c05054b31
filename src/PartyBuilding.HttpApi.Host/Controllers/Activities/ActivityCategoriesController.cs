using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PartyBuilding.Activities;
using PartyBuilding.Permissions;

namespace PartyBuilding.Controllers.Activities;

/// <summary>The committee's activity categories (1+3+X and the 党建+ fields, DOMAIN.md §1.5).</summary>
[ApiController]
[Route("api/activity-categories")]
[Authorize(PartyBuildingPermissions.Activities.Default)]
public sealed class ActivityCategoriesController(IActivityCategoryAppService categories) : ControllerBase
{
    [HttpGet]
    public Task<IReadOnlyList<ActivityCategoryDto>> GetListAsync(CancellationToken cancellationToken) => categories.GetListAsync(cancellationToken);

    [HttpGet("{id:guid}")]
    public Task<ActivityCategoryDto> GetAsync(Guid id, CancellationToken cancellationToken) => categories.GetAsync(id, cancellationToken);

    [HttpPost]
    [Authorize(PartyBuildingPermissions.Activities.ManageCategories)]
    public async Task<ActionResult<ActivityCategoryDto>> CreateAsync(ActivityCategoryInput input, CancellationToken cancellationToken)
    {
        var category = await categories.CreateAsync(input, cancellationToken);
        return Created($"/api/activity-categories/{category.Id}", category);
    }

    [HttpPut("{id:guid}")]
    [Authorize(PartyBuildingPermissions.Activities.ManageCategories)]
    public Task<ActivityCategoryDto> UpdateAsync(Guid id, UpdateActivityCategoryInput input, CancellationToken cancellationToken) =>
        categories.UpdateAsync(id, input, cancellationToken);

    [HttpDelete("{id:guid}")]
    [Authorize(PartyBuildingPermissions.Activities.ManageCategories)]
    public async Task<IActionResult> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await categories.DeleteAsync(id, cancellationToken);
        return NoContent();
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PartyBuilding.Controllers.Spreadsheets;
using PartyBuilding.Organizations;
using PartyBuilding.Permissions;
using PartyBuilding.Spreadsheets;

namespace PartyBuilding.Controllers.Organizations;

/// <summary>Organisation import (.xlsx/.csv) and its template.</summary>
[ApiController]
[Route("api/organizations/import")]
[Authorize(PartyBuildingPermissions.Organizations.Create)]
public sealed class OrganizationImportController(IOrganizationImportAppService imports) : ControllerBase
{
    [HttpGet("template")]
    public async Task<IActionResult> GetTemplateAsync([FromQuery] string? format, CancellationToken cancellationToken) =>
        this.Download(await imports.GetTemplateAsync(format, cancellationToken));

    [HttpPost]
    [Authorize(PartyBuildingPermissions.Organizations.Update)]
    public async Task<ImportResultDto> ImportAsync([FromForm] ImportRequest request, CancellationToken cancellationToken) =>
        await imports.ImportAsync(await request.ReadFileAsync(cancellationToken), request.ToInput(), cancellationToken);
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PartyBuilding.Controllers.Spreadsheets;
using PartyBuilding.Members;
using PartyBuilding.Permissions;
using PartyBuilding.Spreadsheets;

namespace PartyBuilding.Controllers.Members;

/// <summary>Member import (.xlsx/.csv), its template, and the export of the member list to .xlsx.</summary>
[ApiController]
[Route("api/members")]
public sealed class MemberImportController(IMemberImportAppService imports) : ControllerBase
{
    [HttpGet("import/template")]
    [Authorize(PartyBuildingPermissions.Members.Import)]
    public async Task<IActionResult> GetTemplateAsync(
        [FromQuery] string? format, [FromQuery] bool withDemoRows, CancellationToken cancellationToken) =>
        this.Download(await imports.GetTemplateAsync(format, withDemoRows, cancellationToken));

    [HttpPost("import")]
    [Authorize(PartyBuildingPermissions.Members.Import)]
    public async Task<ImportResultDto> ImportAsync([FromForm] ImportRequest request, CancellationToken cancellationToken) =>
        await imports.ImportAsync(await request.ReadFileAsync(cancellationToken), request.ToInput(), cancellationToken);

    [HttpGet("export")]
    [Authorize(PartyBuildingPermissions.Members.Export)]
    public async Task<IActionResult> ExportAsync([FromQuery] GetMemberListInput input, CancellationToken cancellationToken) =>
        this.Download(await imports.ExportAsync(input, cancellationToken));
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PartyBuilding.Permissions;
using PartyBuilding.Settings;

namespace PartyBuilding.Controllers.Settings;

/// <summary>The committee's own values of rules that differ between places.</summary>
[ApiController]
[Route("api/settings")]
[Authorize(PartyBuildingPermissions.Settings.Default)]
public sealed class SettingsController(ISettingAppService settings) : ControllerBase
{
    [HttpGet]
    public Task<IReadOnlyList<SettingDto>> GetListAsync(CancellationToken cancellationToken) => settings.GetListAsync(cancellationToken);

    [HttpPut]
    [Authorize(PartyBuildingPermissions.Settings.Update)]
    public Task<IReadOnlyList<SettingDto>> UpdateAsync(
        [FromBody] List<UpdateSettingDto> input, CancellationToken cancellationToken) =>
        settings.UpdateAsync(input, cancellationToken);
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PartyBuilding.Meetings;
using PartyBuilding.Permissions;

namespace PartyBuilding.Controllers.Meetings;

/// <summary>The committee's meeting requirements (要求规则).</summary>
[ApiController]
[Route("api/meeting-rules")]
[Authorize(PartyBuildingPermissions.Meetings.Default)]
public sealed class MeetingRulesController(IMeetingRuleAppService rules) : ControllerBase
{
    [HttpGet]
    public Task<IReadOnlyList<MeetingRuleDto>> GetListAsync(CancellationToken cancellationToken) =>
        rules.GetListAsync(cancellationToken);

    [HttpPost]
    [Authorize(PartyBuildingPermissions.Meetings.ManageRules)]
    public async Task<ActionResult<MeetingRuleDto>> CreateAsync(MeetingRuleInput input, CancellationToken cancellationToken)
    {
        var rule = await rules.CreateAsync(input, cancellationToken);
        return Created($"/api/meeting-rules/{rule.Id}", rule);
    }

    [HttpPut("{id:guid}")]
    [Authorize(PartyBuildingPermissions.Meetings.ManageRules)]
    public Task<MeetingRuleDto> UpdateAsync(Guid id, UpdateMeetingRuleInput input, CancellationToken cancellationToken) =>
        rules.UpdateAsync(id, input, cancellationToken);

    [HttpDelete("{id:guid}")]
    [Authorize(PartyBuildingPermissions.Meetings.ManageRules)]
    public async Task<IActionResult> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await rules.DeleteAsync(id, cancellationToken);
        return NoContent();
    }

    [HttpPost("reset")]
    [Authorize(PartyBuildingPermissions.Meetings.ManageRules)]
    public Task<IReadOnlyList<MeetingRuleDto>> ResetAsync(CancellationToken cancellationToken) =>
        rules.ResetAsync(cancellationToken);
}

/// <summary>Exemptions officers grant (a branch that holds no 党员大会 this quarter, say).</summary>
[ApiController]
[Route("api/meeting-exemptions")]
[Authorize(PartyBuildingPermissions.Meetings.Default)]
public sealed class MeetingExemptionsController(IMeetingRuleAppService rules) : ControllerBase
{
    [HttpGet]
    public Task<IReadOnlyList<MeetingExemptionDto>> GetListAsync([FromQuery] GetMeetingExemptionsInput input, CancellationToken cancellationToken) =>
        rules.GetExemptionsAsync(input, cancellationToken);

    [HttpPost]
    [Authorize(PartyBuildingPermissions.Meetings.ManageExemptions)]
    public async Task<ActionResult<MeetingExemptionDto>> CreateAsync(CreateMeetingExemptionInput input, CancellationToken cancellationToken)
    {
        var exemption = await rules.CreateExemptionAsync(input, cancellationToken);
        return Created($"/api/meeting-exemptions/{exemption.Id}", exemption);
    }

    [HttpDelete("{id:guid}")]
    [Authorize(PartyBuildingPermissions.Meetings.ManageExemptions)]
    public async Task<IActionResult> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await rules.DeleteExemptionAsync(id, cancellationToken);
        return NoContent();
    }
}

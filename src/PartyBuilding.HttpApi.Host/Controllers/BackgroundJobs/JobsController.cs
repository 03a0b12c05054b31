using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PartyBuilding.BackgroundJobs;
using PartyBuilding.Framework.Application.Dtos;
using PartyBuilding.Permissions;

namespace PartyBuilding.Controllers.BackgroundJobs;

[ApiController]
[Route("api/jobs")]
[Authorize(PartyBuildingPermissions.Jobs.Default)]
public sealed class JobsController(IJobAppService jobs) : ControllerBase
{
    [HttpGet]
    public IReadOnlyList<JobDefinitionDto> GetDefinitions() => jobs.GetDefinitions();

    [HttpGet("runs")]
    public Task<PagedResultDto<JobRunDto>> GetRunsAsync([FromQuery] GetJobRunListInput input, CancellationToken cancellationToken) =>
        jobs.GetRunsAsync(input, cancellationToken);

    /// <summary>Runs a job for a committee and period now (the organization department only).</summary>
    [HttpPost("{name}/trigger")]
    [Authorize(PartyBuildingPermissions.Jobs.Trigger)]
    public Task<JobRunDto> TriggerAsync(string name, TriggerJobInput input, CancellationToken cancellationToken) =>
        jobs.TriggerAsync(name, input, cancellationToken);
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PartyBuilding.Auditing;
using PartyBuilding.Framework.Application.Dtos;
using PartyBuilding.Permissions;

namespace PartyBuilding.Controllers.Auditing;

[ApiController]
[Route("api/audit-logs")]
[Authorize(PartyBuildingPermissions.AuditLogs.Default)]
public sealed class AuditLogsController(IAuditLogAppService auditLogs) : ControllerBase
{
    [HttpGet]
    public Task<PagedResultDto<AuditLogDto>> GetListAsync([FromQuery] GetAuditLogListInput input, CancellationToken cancellationToken) =>
        auditLogs.GetListAsync(input, cancellationToken);
}

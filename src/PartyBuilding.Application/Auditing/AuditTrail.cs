using Microsoft.AspNetCore.Http;
using PartyBuilding.Framework.MultiTenancy;
using PartyBuilding.Framework.Users;

namespace PartyBuilding.Auditing;

public sealed class AuditTrail(
    AuditLogWriter writer,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser,
    TimeProvider timeProvider,
    IHttpContextAccessor httpContextAccessor) : IAuditTrail
{
    public Task RecordAsync(string action, CancellationToken cancellationToken = default)
    {
        var request = httpContextAccessor.HttpContext?.Request;
        return writer.WriteAsync(
            new AuditLogInfo(
                currentTenant.Id, currentUser.Id, currentUser.UserName, timeProvider.GetUtcNow().UtcDateTime, 0,
                request?.HttpContext.Connection.RemoteIpAddress?.ToString(), request?.Method ?? "-",
                request?.Path.Value ?? "-", action, StatusCodes.Status200OK, null, []),
            cancellationToken);
    }
}

using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Framework.Auditing;
using PartyBuilding.Framework.MultiTenancy;

namespace PartyBuilding.Auditing;

/// <summary>What the HTTP layer knows about one write request.</summary>
public sealed record AuditLogInfo(
    Guid? TenantId,
    Guid? UserId,
    string? UserName,
    DateTime ExecutionTime,
    int DurationMs,
    string? ClientIp,
    string HttpMethod,
    string Url,
    string Action,
    int StatusCode,
    string? ErrorCode,
    IReadOnlyList<EntityChangeInfo> EntityChanges);

/// <summary>
/// Saves an audit row in its own DI scope and DbContext: the request's context may hold a failed save's
/// leftovers, and a refused request must be recorded all the same.
/// </summary>
public sealed class AuditLogWriter(IServiceScopeFactory scopeFactory, ICurrentTenant currentTenant)
{
    // Chinese values stay readable in the database instead of \u escapes.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task WriteAsync(AuditLogInfo info, CancellationToken cancellationToken)
    {
        using var tenantScope = currentTenant.Change(info.TenantId);
        using var scope = scopeFactory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IAuditingDbContext>();

        var log = new AuditLog(Guid.CreateVersion7(), info.TenantId, info.UserId, info.UserName, info.ExecutionTime)
        {
            DurationMs = info.DurationMs,
            ClientIp = Truncate(info.ClientIp, AuditConsts.MaxClientIpLength),
            HttpMethod = info.HttpMethod,
            Url = Truncate(info.Url, AuditConsts.MaxUrlLength)!,
            Action = Truncate(info.Action, AuditConsts.MaxActionLength)!,
            StatusCode = info.StatusCode,
            ErrorCode = Truncate(info.ErrorCode, AuditConsts.MaxErrorCodeLength),
            EntityType = Truncate(info.EntityChanges.FirstOrDefault()?.EntityType, AuditConsts.MaxEntityTypeLength),
            EntityId = Truncate(info.EntityChanges.FirstOrDefault()?.EntityId, AuditConsts.MaxEntityIdLength),
        };

        foreach (var change in info.EntityChanges)
        {
            log.AddEntityChange(new AuditLogEntityChange(
                Guid.CreateVersion7(),
                info.TenantId,
                change.ChangeKind,
                Truncate(change.EntityType, AuditConsts.MaxEntityTypeLength)!,
                Truncate(change.EntityId, AuditConsts.MaxEntityIdLength)!,
                change.PropertyChanges is null ? null : JsonSerializer.Serialize(change.PropertyChanges, Json)));
        }

        db.AuditLogs.Add(log);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string? Truncate(string? value, int maxLength) =>
        value is not null && value.Length > maxLength ? value[..maxLength] : value;
}

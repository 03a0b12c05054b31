using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyBuilding.Data;
using PartyBuilding.Framework.Application.Dtos;
using PartyBuilding.Framework.Application.Services;

namespace PartyBuilding.Auditing;

/// <summary>
/// Reads the audit trail: a committee admin sees the committee's rows; the organization department sees every
/// committee's, through <see cref="HostQueryExtensions.AcrossCommitteesForHost{T}"/>.
/// </summary>
public sealed class AuditLogAppService(IServiceProvider services, IAuditingDbContext db)
    : ApplicationService(services), IAuditLogAppService
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<PagedResultDto<AuditLogDto>> GetListAsync(GetAuditLogListInput input, CancellationToken cancellationToken = default)
    {
        var query = db.AuditLogs.AsNoTracking().AcrossCommitteesForHost(CurrentTenant, input.TenantId);
        if (!string.IsNullOrWhiteSpace(input.EntityType))
        {
            query = query.Where(a => a.EntityType == input.EntityType || a.EntityChanges.Any(c => c.EntityType == input.EntityType));
        }

        if (!string.IsNullOrWhiteSpace(input.EntityId))
        {
            query = query.Where(a => a.EntityId == input.EntityId || a.EntityChanges.Any(c => c.EntityId == input.EntityId));
        }

        if (!string.IsNullOrWhiteSpace(input.UserName))
        {
            query = query.Where(a => a.UserName == input.UserName);
        }

        if (input.From.HasValue)
        {
            var from = DateTime.SpecifyKind(input.From.Value, DateTimeKind.Utc);
            query = query.Where(a => a.ExecutionTime >= from);
        }

        if (input.To.HasValue)
        {
            var to = DateTime.SpecifyKind(input.To.Value, DateTimeKind.Utc);
            query = query.Where(a => a.ExecutionTime <= to);
        }

        var total = await query.LongCountAsync(cancellationToken);
        var rows = await query.OrderByDescending(a => a.ExecutionTime)
            .Skip(input.SkipCount).Take(input.MaxResultCount)
            .Include(a => a.EntityChanges)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return new PagedResultDto<AuditLogDto>(total, rows.Select(ToDto).ToList());
    }

    private static AuditLogDto ToDto(AuditLog log) => new()
    {
        Id = log.Id,
        TenantId = log.TenantId,
        UserName = log.UserName,
        ExecutionTime = log.ExecutionTime,
        DurationMs = log.DurationMs,
        ClientIp = log.ClientIp,
        HttpMethod = log.HttpMethod,
        Url = log.Url,
        Action = log.Action,
        EntityType = log.EntityType,
        EntityId = log.EntityId,
        StatusCode = log.StatusCode,
        ErrorCode = log.ErrorCode,
        EntityChanges = log.EntityChanges.Select(c => new EntityChangeDto
        {
            ChangeType = c.ChangeType,
            EntityType = c.EntityType,
            EntityId = c.EntityId,
            PropertyChanges = c.PropertyChanges is null
                ? []
                : JsonSerializer.Deserialize<List<PropertyChangeDto>>(c.PropertyChanges, Json) ?? [],
        }).ToList(),
    };
}

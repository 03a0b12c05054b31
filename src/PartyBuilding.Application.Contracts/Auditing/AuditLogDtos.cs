using PartyBuilding.Framework.Auditing;
using System.ComponentModel.DataAnnotations;
using PartyBuilding.Framework.Application.Dtos;

namespace PartyBuilding.Auditing;

public sealed class PropertyChangeDto
{
    public string PropertyName { get; set; } = null!;

    public string? OriginalValue { get; set; }

    public string? NewValue { get; set; }
}

public sealed class EntityChangeDto
{
    public ChangeKind ChangeType { get; set; }

    public string EntityType { get; set; } = null!;

    public string EntityId { get; set; } = null!;

    public IReadOnlyList<PropertyChangeDto> PropertyChanges { get; set; } = [];
}

public sealed class AuditLogDto : EntityDto<Guid>
{
    public Guid? TenantId { get; set; }

    public string? UserName { get; set; }

    public DateTime ExecutionTime { get; set; }

    public int DurationMs { get; set; }

    public string? ClientIp { get; set; }

    public string HttpMethod { get; set; } = null!;

    public string Url { get; set; } = null!;

    public string Action { get; set; } = null!;

    public string? EntityType { get; set; }

    public string? EntityId { get; set; }

    public int StatusCode { get; set; }

    public string? ErrorCode { get; set; }

    public IReadOnlyList<EntityChangeDto> EntityChanges { get; set; } = [];
}

public sealed class GetAuditLogListInput : PagedResultRequestDto
{
    [StringLength(AuditConsts.MaxEntityTypeLength)]
    public string? EntityType { get; set; }

    [StringLength(AuditConsts.MaxEntityIdLength)]
    public string? EntityId { get; set; }

    [StringLength(256)]
    public string? UserName { get; set; }

    public DateTime? From { get; set; }

    public DateTime? To { get; set; }

    /// <summary>Host users only: restrict to one committee; without it the host sees every committee's trail.</summary>
    public Guid? TenantId { get; set; }
}

public interface IAuditLogAppService
{
    Task<PagedResultDto<AuditLogDto>> GetListAsync(GetAuditLogListInput input, CancellationToken cancellationToken = default);
}

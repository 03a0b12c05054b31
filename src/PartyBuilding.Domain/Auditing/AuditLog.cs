using PartyBuilding.Framework.Auditing;
using PartyBuilding.Framework.Domain.Entities;
using PartyBuilding.Framework.MultiTenancy;

namespace PartyBuilding.Auditing;

/// <summary>
/// One write request: who, from where, what, and with which result. Rows are append-only; the save interceptor
/// refuses any update or delete of them, and no API offers one.
/// </summary>
public sealed class AuditLog : Entity<Guid>, IMultiTenant, IAppendOnly
{
    private readonly List<AuditLogEntityChange> _entityChanges = [];

    private AuditLog()
    {
    }

    public AuditLog(Guid id, Guid? tenantId, Guid? userId, string? userName, DateTime executionTime) : base(id)
    {
        TenantId = tenantId;
        UserId = userId;
        UserName = userName;
        ExecutionTime = executionTime;
    }

    public Guid? TenantId { get; private set; }

    public Guid? UserId { get; private set; }

    public string? UserName { get; private set; }

    public DateTime ExecutionTime { get; private set; }

    public int DurationMs { get; set; }

    public string? ClientIp { get; set; }

    public string HttpMethod { get; set; } = null!;

    public string Url { get; set; } = null!;

    /// <summary>The endpoint that handled the request, e.g. <c>POST api/host/tenants</c>.</summary>
    public string Action { get; set; } = null!;

    /// <summary>The first entity the request changed; all of them are in <see cref="EntityChanges"/>.</summary>
    public string? EntityType { get; set; }

    public string? EntityId { get; set; }

    public int StatusCode { get; set; }

    /// <summary>The stable error code of a refused request (never a stack trace or personal data).</summary>
    public string? ErrorCode { get; set; }

    public IReadOnlyList<AuditLogEntityChange> EntityChanges => _entityChanges;

    public void AddEntityChange(AuditLogEntityChange change) => _entityChanges.Add(change);
}

public sealed class AuditLogEntityChange : Entity<Guid>, IMultiTenant, IAppendOnly
{
    private AuditLogEntityChange()
    {
    }

    public AuditLogEntityChange(
        Guid id, Guid? tenantId, ChangeKind changeType, string entityType, string entityId, string? propertyChanges)
        : base(id)
    {
        TenantId = tenantId;
        ChangeType = changeType;
        EntityType = entityType;
        EntityId = entityId;
        PropertyChanges = propertyChanges;
    }

    public Guid? TenantId { get; private set; }

    public Guid AuditLogId { get; private set; }

    public ChangeKind ChangeType { get; private set; }

    public string EntityType { get; private set; } = null!;

    public string EntityId { get; private set; } = null!;

    /// <summary>
    /// JSON array of <c>{ propertyName, originalValue, newValue }</c>, masked where the property is sensitive;
    /// null for entities not marked <c>[Audited]</c>.
    /// </summary>
    public string? PropertyChanges { get; private set; }
}

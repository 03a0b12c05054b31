namespace PartyBuilding.DataGeneration;

/// <summary>
/// What the platform's save interceptor would have stamped on a row when it was written through the API: when it was
/// created and last modified, and for a child row (an attendee, a participant …) the aggregate it belongs to, which EF
/// would have filled from the navigation. The committee and the acting user are the same for a whole batch.
/// </summary>
internal readonly record struct RowAudit(DateTime Created, DateTime? Modified = null, Guid? Parent = null);

/// <summary>The generated rows of one table, with their audit stamps, in the order they are written.</summary>
internal sealed class TableRows(Type entityType)
{
    public Type EntityType { get; } = entityType;

    public List<object> Entities { get; } = [];

    public List<RowAudit> Audits { get; } = [];

    public int Count => Entities.Count;

    public void Add(object entity, RowAudit audit)
    {
        Entities.Add(entity);
        Audits.Add(audit);
    }
}

/// <summary>
/// Everything generated for one committee, table by table in an order that satisfies the foreign keys (parents
/// first), stamped with the committee and the user who entered it.
/// </summary>
internal sealed class CommitteeBatch(Guid tenantId, Guid userId)
{
    private readonly Dictionary<Type, TableRows> _tables = [];

    public Guid TenantId { get; } = tenantId;

    public Guid UserId { get; } = userId;

    public IEnumerable<TableRows> Tables => _tables.Values;

    /// <summary>The rows of <typeparamref name="T"/>; tables are written in the order they were first asked for.</summary>
    public TableRows Rows<T>()
    {
        if (!_tables.TryGetValue(typeof(T), out var rows))
        {
            rows = new TableRows(typeof(T));
            _tables.Add(typeof(T), rows);
        }

        return rows;
    }
}

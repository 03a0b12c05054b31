namespace PartyBuilding.Framework.Auditing;

public enum ChangeKind
{
    Created = 1,
    Updated = 2,
    Deleted = 3,
}

public sealed record PropertyChangeInfo(string PropertyName, string? OriginalValue, string? NewValue);

public sealed record EntityChangeInfo(
    ChangeKind ChangeKind, string EntityType, string EntityId, IReadOnlyList<PropertyChangeInfo>? PropertyChanges);

/// <summary>
/// Collects what one audited operation (an HTTP write) changed. The DbContext's save interceptor appends to the
/// ambient scope after each successful save; whoever opened the scope writes the audit row at the end.
/// The scope is ambient (AsyncLocal) because the code that saves may run in another DI scope.
/// </summary>
public sealed class AuditScope : IDisposable
{
    private static readonly AsyncLocal<AuditScope?> Ambient = new();

    private readonly AuditScope? _outer;
    private readonly List<EntityChangeInfo> _entityChanges = [];

    private AuditScope(AuditScope? outer) => _outer = outer;

    public static AuditScope? Current => Ambient.Value;

    public IReadOnlyList<EntityChangeInfo> EntityChanges => _entityChanges;

    public static AuditScope Begin()
    {
        var scope = new AuditScope(Ambient.Value);
        Ambient.Value = scope;
        return scope;
    }

    public void Add(IEnumerable<EntityChangeInfo> changes) => _entityChanges.AddRange(changes);

    public void Dispose() => Ambient.Value = _outer;
}

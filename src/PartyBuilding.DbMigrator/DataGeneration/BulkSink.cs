using Microsoft.EntityFrameworkCore.Metadata;
using PartyBuilding.EntityFrameworkCore;

namespace PartyBuilding.DataGeneration;

/// <summary>
/// Writes committee batches straight to the database, bypassing EF's change tracker, which would take hours for
/// millions of rows. Rows hold what EF would write (see <see cref="EntityTable"/>); the caller stamps them.
/// </summary>
internal abstract class BulkSink : IAsyncDisposable
{
    private readonly IModel _model;
    private readonly Dictionary<Type, EntityTable> _tables = [];

    protected BulkSink(IModel model) => _model = model;

    /// <summary>Several sinks may write at once on PostgreSQL (a connection each); SQLite has one writer.</summary>
    public static int Parallelism(DatabaseProvider provider) => provider == DatabaseProvider.PostgreSql ? 2 : 1;

    public static async Task<BulkSink> OpenAsync(
        DatabaseProvider provider, string connectionString, IModel model, CancellationToken cancellationToken) =>
        provider switch
        {
            DatabaseProvider.PostgreSql => await PostgreSqlBulkSink.OpenAsync(connectionString, model, cancellationToken),
            DatabaseProvider.Sqlite => await SqliteBulkSink.OpenAsync(connectionString, model, cancellationToken),
            _ => throw new InvalidOperationException($"Unknown database provider {provider}."),
        };

    public abstract Task WriteAsync(CommitteeBatch batch, CancellationToken cancellationToken);

    /// <summary>Makes everything written durable; called once, after the last batch.</summary>
    public abstract Task CompleteAsync(CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();

    protected EntityTable TableOf(Type entityType)
    {
        if (!_tables.TryGetValue(entityType, out var table))
        {
            table = EntityTable.For(_model, entityType);
            _tables.Add(entityType, table);
        }

        return table;
    }
}

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Metadata;

namespace PartyBuilding.DataGeneration;

/// <summary>
/// SQLite: every batch in one transaction, with one prepared INSERT per table whose parameters are re-bound for each
/// row. The parameters are created by EF's type mappings, so Guids, dates and decimals are stored as EF stores them.
/// </summary>
internal sealed class SqliteBulkSink : BulkSink
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly Dictionary<Type, (SqliteCommand Command, EntityTable Table)> _inserts = [];

    private SqliteBulkSink(SqliteConnection connection, SqliteTransaction transaction, IModel model) : base(model)
    {
        _connection = connection;
        _transaction = transaction;
    }

    public static async Task<BulkSink> OpenAsync(string connectionString, IModel model, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        // As EF opens its connections; a larger page cache keeps the indexes of a big load in memory.
        await using (var pragmas = connection.CreateCommand())
        {
            pragmas.CommandText = "PRAGMA foreign_keys = ON; PRAGMA cache_size = -262144;";
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
        }

        var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        return new SqliteBulkSink(connection, transaction, model);
    }

    public override Task WriteAsync(CommitteeBatch batch, CancellationToken cancellationToken)
    {
        foreach (var rows in batch.Tables)
        {
            var (command, table) = InsertFor(rows.EntityType);
            var parameters = command.Parameters;
            for (var i = 0; i < rows.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    parameters[c].Value = table.Columns[c].ValueOf(rows.Entities[i], rows.Audits[i], batch) ?? DBNull.Value;
                }

                command.ExecuteNonQuery();
            }
        }

        return Task.CompletedTask;
    }

    public override Task CompleteAsync(CancellationToken cancellationToken) => _transaction.CommitAsync(cancellationToken);

    public override async ValueTask DisposeAsync()
    {
        foreach (var (command, _) in _inserts.Values)
        {
            await command.DisposeAsync();
        }

        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private (SqliteCommand Command, EntityTable Table) InsertFor(Type entityType)
    {
        if (_inserts.TryGetValue(entityType, out var insert))
        {
            return insert;
        }

        var table = TableOf(entityType);
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""))}) "
            + $"VALUES ({string.Join(", ", table.Columns.Select((_, i) => "@p" + i))})";
        for (var i = 0; i < table.Columns.Count; i++)
        {
            command.Parameters.Add((SqliteParameter)table.Columns[i].TypeMapping.CreateParameter(command, "@p" + i, null));
        }

        command.Prepare();
        insert = (command, table);
        _inserts.Add(entityType, insert);
        return insert;
    }
}

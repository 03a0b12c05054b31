using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;

namespace PartyBuilding.DataGeneration;

/// <summary>PostgreSQL: binary COPY of each table of a committee, the committee in one transaction.</summary>
internal sealed class PostgreSqlBulkSink : BulkSink
{
    private readonly NpgsqlConnection _connection;
    private readonly Dictionary<EntityTable, (string Copy, Action<NpgsqlBinaryImporter, object>[] Writers)> _copies = [];

    private PostgreSqlBulkSink(NpgsqlConnection connection, IModel model) : base(model) => _connection = connection;

    public static async Task<BulkSink> OpenAsync(string connectionString, IModel model, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return new PostgreSqlBulkSink(connection, model);
    }

    /// <summary>Writes synchronously: the sink runs on a thread of its own, and Npgsql's synchronous COPY is the faster.</summary>
    public override Task WriteAsync(CommitteeBatch batch, CancellationToken cancellationToken)
    {
        using var transaction = _connection.BeginTransaction();
        foreach (var rows in batch.Tables)
        {
            var table = TableOf(rows.EntityType);
            var (copy, writers) = CopyOf(table);
            using var importer = _connection.BeginBinaryImport(copy);
            for (var i = 0; i < rows.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                importer.StartRow();
                for (var c = 0; c < writers.Length; c++)
                {
                    if (table.Columns[c].ValueOf(rows.Entities[i], rows.Audits[i], batch) is { } value)
                    {
                        writers[c](importer, value);
                    }
                    else
                    {
                        importer.WriteNull();
                    }
                }
            }

            importer.Complete();
        }

        transaction.Commit();
        return Task.CompletedTask;
    }

    /// <summary>Each committee was committed as it was written.</summary>
    public override Task CompleteAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override ValueTask DisposeAsync() => _connection.DisposeAsync();

    private (string Copy, Action<NpgsqlBinaryImporter, object>[] Writers) CopyOf(EntityTable table)
    {
        if (!_copies.TryGetValue(table, out var copy))
        {
            var columns = string.Join(", ", table.Columns.Select(c => Quote(c.Name)));
            copy = ($"COPY {Quote(table.Name)} ({columns}) FROM STDIN (FORMAT BINARY)", table.Columns.Select(WriterOf).ToArray());
            _copies.Add(table, copy);
        }

        return copy;
    }

    /// <summary>A typed write per store type: resolving the type from an object or a name on every value costs more than the COPY.</summary>
    private static Action<NpgsqlBinaryImporter, object> WriterOf(EntityColumn column) => column.DataTypeName switch
    {
        "uuid" => (importer, value) => importer.Write((Guid)value, NpgsqlDbType.Uuid),
        "integer" => (importer, value) => importer.Write((int)value, NpgsqlDbType.Integer),
        "bigint" => (importer, value) => importer.Write((long)value, NpgsqlDbType.Bigint),
        "boolean" => (importer, value) => importer.Write((bool)value, NpgsqlDbType.Boolean),
        "text" => (importer, value) => importer.Write((string)value, NpgsqlDbType.Text),
        "character varying" => (importer, value) => importer.Write((string)value, NpgsqlDbType.Varchar),
        "timestamp with time zone" => (importer, value) => importer.Write((DateTime)value, NpgsqlDbType.TimestampTz),
        "date" => (importer, value) => importer.Write((DateOnly)value, NpgsqlDbType.Date),
        "numeric" => (importer, value) => importer.Write((decimal)value, NpgsqlDbType.Numeric),
        var other => (importer, value) => importer.Write(value, other),
    };

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

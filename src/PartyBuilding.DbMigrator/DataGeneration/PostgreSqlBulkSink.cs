using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace PartyBuilding.DataGeneration;

/// <summary>PostgreSQL: binary COPY of each table of a committee, the committee in one transaction.</summary>
internal sealed class PostgreSqlBulkSink : BulkSink
{
    private readonly NpgsqlConnection _connection;

    private PostgreSqlBulkSink(NpgsqlConnection connection, IModel model) : base(model) => _connection = connection;

    public static async Task<BulkSink> OpenAsync(string connectionString, IModel model, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return new PostgreSqlBulkSink(connection, model);
    }

    public override async Task WriteAsync(CommitteeBatch batch, CancellationToken cancellationToken)
    {
        await using var transaction = await _connection.BeginTransactionAsync(cancellationToken);
        foreach (var rows in batch.Tables)
        {
            var table = TableOf(rows.EntityType);
            var columns = string.Join(", ", table.Columns.Select(c => Quote(c.Name)));
            await using var importer = await _connection.BeginBinaryImportAsync(
                $"COPY {Quote(table.Name)} ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
            for (var i = 0; i < rows.Count; i++)
            {
                await importer.StartRowAsync(cancellationToken);
                foreach (var column in table.Columns)
                {
                    if (column.ValueOf(rows.Entities[i], rows.Audits[i], batch) is { } value)
                    {
                        await importer.WriteAsync(value, column.DataTypeName, cancellationToken);
                    }
                    else
                    {
                        await importer.WriteNullAsync(cancellationToken);
                    }
                }
            }

            await importer.CompleteAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Each committee was committed as it was written.</summary>
    public override Task CompleteAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override ValueTask DisposeAsync() => _connection.DisposeAsync();

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

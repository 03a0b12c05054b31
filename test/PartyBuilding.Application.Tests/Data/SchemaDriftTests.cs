using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using PartyBuilding.EntityFrameworkCore;
using PartyBuilding.Framework.MultiTenancy;
using PartyBuilding.Testing;
using Shouldly;
using Xunit;

namespace PartyBuilding.Data;

/// <summary>
/// The migrations are written by hand, so this proves them equal to the model: a database built by
/// <c>Migrate()</c> and one built from the model have the same tables, columns, types, nullability, keys,
/// indexes and foreign keys, on each provider.
/// </summary>
public abstract class SchemaDriftTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Should_build_the_same_schema_from_migrations_as_from_the_model()
    {
        await using var migrated = await TestDatabase.CreateAsync(provider);
        await using var modelled = await TestDatabase.CreateAsync(provider);

        await using (var context = CreateContext(migrated))
        {
            await context.Database.MigrateAsync();
        }

        await using (var context = CreateContext(modelled))
        {
            await context.Database.EnsureCreatedAsync();
        }

        var fromMigrations = await DescribeAsync(migrated);
        var fromModel = await DescribeAsync(modelled);

        fromModel.Count.ShouldBeGreaterThan(100);
        fromModel.Except(fromMigrations).ShouldBeEmpty("the model has these, the migrations do not");
        fromMigrations.Except(fromModel).ShouldBeEmpty("the migrations have these, the model does not");
    }

    private PartyBuildingDbContext CreateContext(TestDatabase database)
    {
        var options = new DbContextOptionsBuilder<PartyBuildingDbContext>();
        options.UsePartyBuildingProvider(provider, database.ConnectionString);
        return new PartyBuildingDbContext(options.Options, new CurrentTenant());
    }

    private async Task<List<string>> DescribeAsync(TestDatabase database)
    {
        await using var context = CreateContext(database);
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync();
        var facts = provider == DatabaseProvider.Sqlite ? await DescribeSqliteAsync(connection) : await DescribePostgresAsync(connection);
        return facts.Order(StringComparer.Ordinal).ToList();
    }

    private static async Task<List<string>> DescribeSqliteAsync(DbConnection connection)
    {
        var facts = new List<string>();
        var tables = await QueryAsync(connection,
            "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__EFMigrations%'",
            r => r.GetString(0));
        foreach (var table in tables)
        {
            facts.AddRange(await QueryAsync(connection, $"select name, type, \"notnull\", pk from pragma_table_info('{table}')",
                r => $"column {table}.{r.GetString(0)} {r.GetString(1)} notnull={r.GetInt64(2)} pk={r.GetInt64(3)}"));
            facts.AddRange(await QueryAsync(connection, $"select \"table\", \"from\", \"to\", on_delete from pragma_foreign_key_list('{table}')",
                r => $"fk {table}.{r.GetString(1)} -> {r.GetString(0)}.{r.GetString(2)} on delete {r.GetString(3)}"));
            var indexes = await QueryAsync(connection, $"select name, \"unique\" from pragma_index_list('{table}') where origin = 'c'",
                r => (Name: r.GetString(0), Unique: r.GetInt64(1)));
            foreach (var (name, unique) in indexes)
            {
                var columns = await QueryAsync(connection, $"select name from pragma_index_info('{name}') order by seqno", r => r.GetString(0));
                facts.Add($"index {table}.{name} ({string.Join(", ", columns)}) unique={unique}");
            }
        }

        return facts;
    }

    private static async Task<List<string>> DescribePostgresAsync(DbConnection connection)
    {
        // Quartz's own tables are created outside the EF model and are not part of this comparison.
        const string ours = "table_schema = 'public' and table_name not like '__EFMigrations%' and table_name not like 'qrtz_%'";
        var facts = await QueryAsync(connection,
            $"select table_name, column_name, data_type, coalesce(character_maximum_length, -1), is_nullable, coalesce(column_default, ''), is_identity from information_schema.columns where {ours}",
            r => $"column {r.GetString(0)}.{r.GetString(1)} {r.GetString(2)}({r.GetInt32(3)}) nullable={r.GetString(4)} default={r.GetString(5)} identity={r.GetString(6)}");
        facts.AddRange(await QueryAsync(connection,
            """
            select c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid)
            from pg_constraint c join pg_namespace n on n.oid = c.connamespace
            where n.nspname = 'public' and c.conrelid::regclass::text not like '"__EFMigrations%' and c.conrelid::regclass::text not like 'qrtz_%'
            """,
            r => $"constraint {r.GetString(0)}.{r.GetString(1)} {r.GetString(2)}"));
        facts.AddRange(await QueryAsync(connection,
            "select tablename, indexname, indexdef from pg_indexes where schemaname = 'public' and tablename not like '__EFMigrations%' and tablename not like 'qrtz_%'",
            r => $"index {r.GetString(0)}.{r.GetString(1)} {r.GetString(2)}"));
        return facts;
    }

    private static async Task<List<T>> QueryAsync<T>(DbConnection connection, string sql, Func<DbDataReader, T> read)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}

public sealed class SchemaDriftTestsOnSqlite() : SchemaDriftTests(DatabaseProvider.Sqlite);

public sealed class SchemaDriftTestsOnPostgreSql() : SchemaDriftTests(DatabaseProvider.PostgreSql);

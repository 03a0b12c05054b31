using Microsoft.AspNetCore.Hosting;
using Npgsql;
using PartyBuilding.EntityFrameworkCore;
using PartyBuilding.Testing;
using Shouldly;
using Xunit;

namespace PartyBuilding.BackgroundJobs;

/// <summary>The host with its scheduler running on PostgreSQL, as a node of a cluster would start.</summary>
public sealed class PostgreSqlSchedulerFixture : PlatformFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Jobs:Enabled", "true");
    }
}

/// <summary>
/// On PostgreSQL the scheduler keeps its state in the database and checks in as a cluster member, so several
/// nodes share one heartbeat trigger instead of each firing its own.
/// </summary>
public sealed class QuartzClusterTests(PostgreSqlSchedulerFixture fixture) : IClassFixture<PostgreSqlSchedulerFixture>
{
    [Fact]
    public async Task Should_store_the_heartbeat_trigger_and_check_in_as_a_cluster_member_When_the_host_starts_on_PostgreSQL()
    {
        await using var connection = new NpgsqlConnection(fixture.Database.ConnectionString);
        await connection.OpenAsync();

        var triggers = await ReadAsync(connection, "select trigger_name from qrtz_triggers");
        triggers.ShouldContain("job-dispatch-heartbeat");

        var members = new List<string>();
        for (var attempt = 0; attempt < 50 && members.Count == 0; attempt++)
        {
            members = await ReadAsync(connection, "select instance_name from qrtz_scheduler_state");
            await Task.Delay(200);
        }

        members.ShouldNotBeEmpty("a clustered scheduler records its check-ins");
    }

    private static async Task<List<string>> ReadAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}

using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PartyBuilding.EntityFrameworkCore;
using Shouldly;
using Xunit;

namespace PartyBuilding.Data;

/// <summary>What the API answers 503 (retry later) rather than 500, and how soon a PostgreSQL connection gives up.</summary>
public sealed class DatabaseUnavailabilityTests
{
    public static TheoryData<Exception, bool> Exceptions => new()
    {
        { new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused)), true },
        { new NpgsqlException("Exception while reading from stream", new IOException("Connection reset")), true },
        { new NpgsqlException("The operation has timed out", new TimeoutException()), true },
        { new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", PostgresErrorCodes.AdminShutdown), true },
        { new PostgresException("the database system is starting up", "FATAL", "FATAL", PostgresErrorCodes.CannotConnectNow), true },
        { new PostgresException("sorry, too many clients already", "FATAL", "FATAL", PostgresErrorCodes.TooManyConnections), true },
        { new DbUpdateException("save failed", new PostgresException("terminating connection", "FATAL", "FATAL", PostgresErrorCodes.AdminShutdown)), true },
        { new SqliteException("database is locked", 5), true },
        { new SqliteException("database table is locked", 6), true },
        { new PostgresException("duplicate key value violates unique constraint", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation), false },
        { new DbUpdateException("save failed", new SqliteException("UNIQUE constraint failed", 19)), false },
        { new NpgsqlOperationInProgressException(new NpgsqlCommand("select 1")), false },
        { new InvalidOperationException("a bug"), false },
    };

    [Theory]
    [MemberData(nameof(Exceptions))]
    public void Should_tell_a_database_that_is_away_from_a_fault_of_the_request(Exception exception, bool unavailable) =>
        DatabaseUnavailability.IsUnavailable(exception).ShouldBe(unavailable);

    [Fact]
    public void Should_give_a_PostgreSQL_connection_string_a_short_connect_timeout_unless_it_sets_one()
    {
        new NpgsqlConnectionStringBuilder(PartyBuildingEfCoreServiceCollectionExtensions.WithConnectTimeout("Host=db;Database=pb"))
            .Timeout.ShouldBe(PartyBuildingEfCoreServiceCollectionExtensions.DefaultPostgreSqlConnectTimeoutSeconds);
        new NpgsqlConnectionStringBuilder(PartyBuildingEfCoreServiceCollectionExtensions.WithConnectTimeout("Host=db;Database=pb;timeout=20"))
            .Timeout.ShouldBe(20);
    }
}

using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace PartyBuilding.EntityFrameworkCore;

/// <summary>
/// Tells a database that cannot serve the request now (down, restarting, unreachable, out of connections, or a
/// SQLite file held by another writer) from a fault of the request itself. The first is answered 503 with a
/// retry hint; the second stays a 4xx or 500.
/// </summary>
public static class DatabaseUnavailability
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    /// <summary>Anywhere in the chain of inner exceptions.</summary>
    public static bool IsUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (IsConnectionLost(e)
                || e is SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked }
                // Providers mark refused or broken connections, busy databases and deadlock victims as transient.
                || e is DbException { IsTransient: true } or TimeoutException)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The PostgreSQL server could not be reached, dropped the connection, or is shutting down or starting.</summary>
    private static bool IsConnectionLost(Exception exception) => exception switch
    {
        PostgresException postgres => IsServerGoingAway(postgres.SqlState),
        // A command started on a connection still busy with another: a bug, not an outage.
        NpgsqlOperationInProgressException => false,
        // Not an error the server sent: connecting, reading or writing failed.
        NpgsqlException => true,
        SocketException => true,
        _ => false,
    };

    /// <summary>
    /// Class 08 (connection exception), 57P01-57P03 (the server shuts down, crashed, or is still starting) and
    /// 53300 (too many connections), per the PostgreSQL error code appendix.
    /// </summary>
    private static bool IsServerGoingAway(string sqlState) =>
        sqlState.StartsWith("08", StringComparison.Ordinal)
        || sqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown
            or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.TooManyConnections;
}

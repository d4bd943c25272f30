using Microsoft.Data.Sqlite;
using Npgsql;

namespace Zhijian.Platform.Storage;

/// <summary>
/// 数据库暂时无法接受更多工作: the request failed before anything was committed because the database was saturated —
/// PostgreSQL's connection pool stayed exhausted past its timeout, the server refused a connection (too many
/// connections, starting up) or did not answer in time; SQLite's file stayed locked past the busy timeout. Answered
/// <c>503</c> with <c>Retry-After</c> (a client repeats the same request, with the same <c>Idempotency-Key</c>, later),
/// not <c>500</c>: nothing is wrong with the request or the code.
/// </summary>
public static class Overload
{
    /// <summary>Seconds a client is asked to wait before repeating the request.</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>Whether <paramref name="error"/> (or an exception it wraps: EF's update, retry and transient wrappers) is an overload.</summary>
    public static bool Is(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // Npgsql throws these two with a TimeoutException inside: the pool stayed exhausted for 'Timeout' seconds
                // ("The connection pool has been exhausted …"), or the server did not accept the connection in time.
                case NpgsqlException { InnerException: TimeoutException }:
                // 53300 too_many_connections, 57P03 cannot_connect_now, 53000 insufficient_resources.
                case PostgresException { SqlState: "53300" or "57P03" or "53000" }:
                // SQLITE_BUSY (5), SQLITE_LOCKED (6): another writer held the file past the busy timeout.
                case SqliteException { SqliteErrorCode: 5 or 6 }:
                    return true;
            }
        }

        return false;
    }
}

using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using PartyBuilding.EntityFrameworkCore;
using PartyBuilding.Framework.ExceptionHandling;

namespace PartyBuilding.ExceptionHandling;

/// <summary>
/// Maps exceptions to ProblemDetails: domain refusals keep their code and status; a stale concurrency stamp is
/// 409; a database that is down or busy is 503 with Retry-After, so clients retry instead of reporting a bug; a
/// body over the size limit is 413; anything else is a 500 whose details stay in the log.
/// </summary>
public sealed partial class PlatformExceptionHandler(ProblemDetailsWriter writer, ILogger<PlatformExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        switch (exception)
        {
            case BusinessException business:
                await writer.WriteAsync(
                    context, business.HttpStatus, business.Code, business.Arguments.ToArray(), extensions: business.Extensions);
                break;
            case DbUpdateConcurrencyException:
                await writer.WriteAsync(context, 409, FrameworkErrorCodes.ConcurrencyConflict);
                break;
            case BadHttpRequestException badRequest:
                await writer.WriteAsync(
                    context, badRequest.StatusCode,
                    badRequest.StatusCode == 413 ? FrameworkErrorCodes.PayloadTooLarge : FrameworkErrorCodes.BadRequest);
                break;
            case OperationCanceledException when context.RequestAborted.IsCancellationRequested:
                context.Response.StatusCode = 499;
                break;
            case var _ when DatabaseUnavailability.IsUnavailable(exception):
                LogDatabaseUnavailable(exception.GetType().Name);
                await writer.WriteAsync(
                    context, 503, FrameworkErrorCodes.DatabaseUnavailable,
                    headers: [new(HeaderNames.RetryAfter, RetryAfterSeconds.ToString(CultureInfo.InvariantCulture))]);
                break;
            default:
                LogUnhandled(exception, context.Request.Method, context.Request.Path);
                await writer.WriteAsync(context, 500, FrameworkErrorCodes.InternalError);
                break;
        }

        return true;
    }

    /// <summary>
    /// The wait a client is asked to keep before retrying while the database is away: long enough not to hammer a
    /// server that is restarting, short enough that the service is back for the user soon after it is.
    /// </summary>
    public const int RetryAfterSeconds = 5;

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for {Method} {Path}")]
    private partial void LogUnhandled(Exception exception, string method, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database unavailable ({ExceptionType})")]
    private partial void LogDatabaseUnavailable(string exceptionType);
}

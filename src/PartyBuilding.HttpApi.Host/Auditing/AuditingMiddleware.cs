using System.Diagnostics;
using PartyBuilding.ExceptionHandling;
using PartyBuilding.Framework.Auditing;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.MultiTenancy;
using PartyBuilding.Framework.Users;

namespace PartyBuilding.Auditing;

/// <summary>
/// Records every write request to the API (time, committee, user, address, endpoint, result and what changed),
/// including refused ones. It runs before tenant resolution and the antiforgery check, so refused committee
/// switches and forged requests are recorded too, and outside the API's exception handling, so the recorded
/// status is the one the client received. Request bodies are never logged: they may hold personal data.
/// </summary>
public sealed partial class AuditingMiddleware(RequestDelegate next, ILogger<AuditingMiddleware> logger)
{
    public async Task InvokeAsync(
        HttpContext context, AuditLogWriter writer, ICurrentUser currentUser, TimeProvider timeProvider)
    {
        if (!IsAuditedRequest(context.Request))
        {
            await next(context);
            return;
        }

        var executionTime = timeProvider.GetUtcNow().UtcDateTime;
        var started = Stopwatch.GetTimestamp();
        using var scope = AuditScope.Begin();
        try
        {
            await next(context);
        }
        finally
        {
            var endpoint = context.GetEndpoint() as RouteEndpoint;
            // The committee the request acted in; when resolution refused the request, the user's own.
            var tenantId = context.Items.TryGetValue(TenantResolutionMiddleware.ResolvedTenantItem, out var resolved)
                ? (Guid?)resolved
                : currentUser.TenantId;
            var info = new AuditLogInfo(
                tenantId,
                currentUser.Id,
                currentUser.UserName,
                executionTime,
                (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                context.Connection.RemoteIpAddress?.ToString(),
                context.Request.Method,
                context.Request.Path.Value ?? "/",
                $"{context.Request.Method} {endpoint?.RoutePattern.RawText ?? context.Request.Path.Value}",
                context.Response.StatusCode,
                context.Items[ProblemDetailsWriter.ErrorCodeItem] as string,
                scope.EntityChanges);
            if (info.ErrorCode == FrameworkErrorCodes.DatabaseUnavailable)
            {
                // The database just refused the request: writing the row would only wait for it again and delay
                // the 503 the client is owed. The log keeps the trace instead.
                LogAuditSkipped(info.Action, info.StatusCode);
            }
            else
            {
                await WriteAsync(writer, info);
            }
        }
    }

    private async Task WriteAsync(AuditLogWriter writer, AuditLogInfo info)
    {
        try
        {
            await writer.WriteAsync(info, CancellationToken.None);
        }
        catch (Exception ex)
        {
            // The request itself is done; losing its audit row is logged loudly but does not fail the answer.
            LogAuditWriteFailed(ex, info.Action);
        }
    }

    private static bool IsAuditedRequest(HttpRequest request) =>
        request.Path.StartsWithSegments("/api")
        && !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method));

    [LoggerMessage(Level = LogLevel.Warning, Message = "No audit row for {Action} ({StatusCode}): the database is unavailable")]
    private partial void LogAuditSkipped(string action, int statusCode);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not write the audit row of {Action}")]
    private partial void LogAuditWriteFailed(Exception exception, string action);
}

using Microsoft.AspNetCore.Diagnostics;

namespace PartyBuilding.ExceptionHandling;

/// <summary>
/// Turns exceptions from the endpoints into ProblemDetails inside the auditing middleware, so the audit row
/// records the status the client got. The framework's exception handler still guards the outer pipeline.
/// </summary>
public sealed class ApiExceptionMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IExceptionHandler handler)
    {
        try
        {
            await next(context);
        }
        catch (Exception ex) when (!context.Response.HasStarted)
        {
            await handler.TryHandleAsync(context, ex, context.RequestAborted);
        }
    }
}

using Microsoft.AspNetCore.Http.Features;
using PartyBuilding.ExceptionHandling;
using PartyBuilding.Framework.Content;
using PartyBuilding.Framework.ExceptionHandling;

namespace PartyBuilding.Security;

/// <summary>
/// Refuses bodies over <see cref="PartyBuildingHost.MaxRequestBodyBytes"/> with 413 before anything reads them,
/// whatever the server in front (Kestrel's own limit does not apply behind every server, nor in tests).
/// </summary>
public sealed class RequestSizeLimitMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ProblemDetailsWriter problems)
    {
        if (context.Request.ContentLength > PartyBuildingHost.MaxRequestBodyBytes)
        {
            await problems.WriteAsync(context, 413, FrameworkErrorCodes.PayloadTooLarge);
            return;
        }

        var limit = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (limit is { IsReadOnly: false })
        {
            limit.MaxRequestBodySize = PartyBuildingHost.MaxRequestBodyBytes;
        }
        else if (context.Request.ContentLength is null)
        {
            // A body of unknown length (chunked) fails with 413 as soon as it passes the limit.
            context.Request.Body = new MeteredReadStream(
                context.Request.Body, PartyBuildingHost.MaxRequestBodyBytes,
                () => new BadHttpRequestException("Request body too large.", 413));
        }

        await next(context);
    }
}

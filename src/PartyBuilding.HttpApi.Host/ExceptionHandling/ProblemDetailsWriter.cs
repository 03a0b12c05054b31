using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Framework.Localization;

namespace PartyBuilding.ExceptionHandling;

/// <summary>
/// Builds every error answer of the API the same way: RFC 7807 with a stable <c>code</c>, a message in the
/// caller's language, the trace id, and field errors where there are any. Never a stack trace.
/// </summary>
public sealed class ProblemDetailsWriter(TextLocalizer localizer)
{
    public ProblemDetails Create(
        HttpContext context, int status, string code, object?[]? arguments = null,
        IDictionary<string, string[]>? errors = null, IEnumerable<KeyValuePair<string, object?>>? extensions = null)
    {
        var message = localizer.Format(code, arguments ?? []);
        var problem = errors is null
            ? new ProblemDetails()
            : new ValidationProblemDetails(errors);
        problem.Status = status;
        problem.Title = message;
        problem.Detail = message;
        problem.Type = $"https://partybuilding.local/errors/{code.Replace(':', '/')}";
        problem.Instance = context.Request.Path;
        problem.Extensions["code"] = code;
        problem.Extensions["traceId"] = Activity.Current?.Id ?? context.TraceIdentifier;
        foreach (var (key, value) in extensions ?? [])
        {
            problem.Extensions[key] = value;
        }

        return problem;
    }

    /// <param name="headers">Response headers the answer needs, e.g. Retry-After (whatever was set before is cleared).</param>
    public async Task WriteAsync(
        HttpContext context, int status, string code, object?[]? arguments = null,
        IDictionary<string, string[]>? errors = null, IEnumerable<KeyValuePair<string, object?>>? extensions = null,
        IEnumerable<KeyValuePair<string, string>>? headers = null)
    {
        if (context.Response.HasStarted)
        {
            return;
        }

        var problem = Create(context, status, code, arguments, errors, extensions);
        context.Response.Clear();
        context.Response.StatusCode = status;
        foreach (var (name, value) in headers ?? [])
        {
            context.Response.Headers[name] = value;
        }

        context.Items[ErrorCodeItem] = code;
        await context.Response.WriteAsJsonAsync(problem, problem.GetType(), options: null, contentType: "application/problem+json");
    }

    /// <summary>The code of an error answer that has nothing to say but its status (no route, wrong method, wrong body type …).</summary>
    public static string CodeOfStatus(int status) => status switch
    {
        401 => FrameworkErrorCodes.Unauthorized,
        403 => FrameworkErrorCodes.Forbidden,
        404 => "PartyBuilding:NotFound",
        405 => "PartyBuilding:MethodNotAllowed",
        413 => FrameworkErrorCodes.PayloadTooLarge,
        415 => FrameworkErrorCodes.UnsupportedMediaType,
        _ => FrameworkErrorCodes.BadRequest,
    };

    /// <summary>Where the error code of the answer is left for the audit trail.</summary>
    public const string ErrorCodeItem = "PartyBuilding:ErrorCode";
}

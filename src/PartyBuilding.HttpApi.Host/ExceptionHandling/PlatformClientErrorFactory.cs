using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;

namespace PartyBuilding.ExceptionHandling;

/// <summary>
/// The answers MVC gives by status alone (415 for a body type the action does not take, a bare NotFound() …) as
/// the platform's ProblemDetails with a stable code, written inside the auditing middleware so the audit row
/// carries the code too. MVC's own factory would answer ProblemDetails without a code.
/// </summary>
public sealed class PlatformClientErrorFactory(ProblemDetailsWriter writer) : IClientErrorFactory
{
    public IActionResult GetClientError(ActionContext actionContext, IClientErrorActionResult clientError)
    {
        var http = actionContext.HttpContext;
        var status = clientError.StatusCode ?? StatusCodes.Status400BadRequest;
        var code = ProblemDetailsWriter.CodeOfStatus(status);
        http.Items[ProblemDetailsWriter.ErrorCodeItem] = code;
        return new ObjectResult(writer.Create(http, status, code)) { StatusCode = status, ContentTypes = { "application/problem+json" } };
    }
}

using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Filters;
using PartyBuilding.Framework.Localization;

namespace PartyBuilding.ExceptionHandling;

/// <summary>
/// Refuses a query parameter holding U+0000 before it is bound, as <see cref="NulFreeStringConverter"/> does for
/// JSON bodies: PostgreSQL cannot compare text with NUL and would answer a search with a 500.
/// </summary>
public sealed class NulInQueryFilter(TextLocalizer localizer) : IResourceFilter
{
    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        foreach (var (name, values) in context.HttpContext.Request.Query)
        {
            if (values.Any(v => v?.Contains('\0', StringComparison.Ordinal) == true))
            {
                context.ModelState.AddModelError(name, localizer.Get("Validation:RegularExpression", JsonNamingPolicy.CamelCase.ConvertName(name)));
            }
        }

        if (!context.ModelState.IsValid)
        {
            context.Result = ValidationSetup.InvalidModelStateResponse(context);
        }
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}

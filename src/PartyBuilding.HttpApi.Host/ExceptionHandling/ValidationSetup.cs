using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Framework.Localization;

namespace PartyBuilding.ExceptionHandling;

/// <summary>
/// Gives every data-annotation attribute a localization key as its message, so validation errors come back in
/// the caller's language without an <c>ErrorMessage</c> on each DTO property. An attribute's own English default
/// is replaced; a DTO that wants its own message names a localization key (<c>Validation:…</c>).
/// </summary>
public sealed class LocalizedValidationMetadataProvider : IValidationMetadataProvider
{
    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        foreach (var attribute in context.ValidationMetadata.ValidatorMetadata.OfType<ValidationAttribute>())
        {
            if (attribute.ErrorMessageResourceName is not null || attribute.ErrorMessage?.StartsWith("Validation:", StringComparison.Ordinal) == true)
            {
                continue;
            }

            attribute.ErrorMessage = ValidationMessageKeys.Of(attribute) ?? attribute.ErrorMessage;
        }
    }
}

/// <summary>
/// Names fields in validation messages by their localized label (<c>Field:&lt;Property&gt;</c>, e.g. 用户名), or by
/// the camelCase name the client sends when there is no label, never by the C# property name.
/// </summary>
public sealed class LocalizedDisplayMetadataProvider(TextLocalizer localizer) : IDisplayMetadataProvider
{
    public void CreateDisplayMetadata(DisplayMetadataProviderContext context)
    {
        if (context.Key.Name is not { } name || context.DisplayMetadata.DisplayName is not null)
        {
            return;
        }

        var key = $"Field:{name}";
        context.DisplayMetadata.DisplayName = () =>
            localizer.Contains(key) ? localizer.Get(key) : JsonNamingPolicy.CamelCase.ConvertName(name);
    }
}

public static class ValidationSetup
{
    /// <summary>
    /// Model-binding failures (missing fields, wrong types, malformed JSON) answered as the platform's
    /// ProblemDetails, with field names in camelCase as the client sent them.
    /// </summary>
    public static IActionResult InvalidModelStateResponse(ActionContext context)
    {
        var http = context.HttpContext;
        var localizer = http.RequestServices.GetRequiredService<TextLocalizer>();
        // A body that is not valid JSON also fails the "required" check of the action's parameter; only the
        // JSON errors say what is wrong, so they replace the rest.
        var entries = context.ModelState.Where(e => e.Value!.Errors.Count > 0).ToList();
        var jsonErrors = entries.Where(e => IsBodyError(e.Key)).ToList();
        var errors = (jsonErrors.Count > 0 ? jsonErrors : entries)
            .GroupBy(e => FieldName(e.Key))
            .ToDictionary(
                field => field.Key,
                field => field.SelectMany(e => IsBodyError(e.Key)
                        ? [localizer.Get("Validation:InvalidJson")]
                        : e.Value!.Errors.Select(error => error.ErrorMessage))
                    .Distinct()
                    .ToArray());

        var problem = http.RequestServices.GetRequiredService<ProblemDetailsWriter>()
            .Create(http, 400, FrameworkErrorCodes.ValidationFailed, errors: errors);
        http.Items[ProblemDetailsWriter.ErrorCodeItem] = FrameworkErrorCodes.ValidationFailed;
        return new ObjectResult(problem) { StatusCode = 400, ContentTypes = { "application/problem+json" } };
    }

    /// <summary>Errors of the body as a whole (empty or not JSON) or of a JSON path inside it.</summary>
    private static bool IsBodyError(string key) => key.Length == 0 || key.StartsWith('$');

    private static string FieldName(string key)
    {
        var path = key.StartsWith("$.", StringComparison.Ordinal) ? key[2..] : key;
        return path.Length == 0 || path == "$" ? "body" : JsonNamingPolicy.CamelCase.ConvertName(path);
    }
}

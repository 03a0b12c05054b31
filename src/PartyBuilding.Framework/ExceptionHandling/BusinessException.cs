namespace PartyBuilding.Framework.ExceptionHandling;

/// <summary>
/// A rule of the domain refused the request. <see cref="Code"/> is stable for clients and tests; the message
/// shown to people is looked up by code in the caller's language, with <see cref="Arguments"/> filled in.
/// </summary>
public class BusinessException(string code, int httpStatus = 400, params object?[] arguments)
    : Exception(code)
{
    public string Code { get; } = code;

    public int HttpStatus { get; } = httpStatus;

    public IReadOnlyList<object?> Arguments { get; } = arguments;

    /// <summary>
    /// More members of the error answer than code and message, such as the rejected rows of an import, written
    /// into the ProblemDetails under their keys.
    /// </summary>
    public IDictionary<string, object?> Extensions { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    public BusinessException WithExtension(string key, object? value)
    {
        Extensions[key] = value;
        return this;
    }
}

/// <summary>The entity is named by the localization key <c>Entity:&lt;name&gt;</c>, so people read 用户, not AppUser.</summary>
public sealed class EntityNotFoundException(string entityName, object id)
    : BusinessException(FrameworkErrorCodes.EntityNotFound, 404, $"Entity:{entityName}", id);

/// <summary>Someone else saved the record since the caller read it (stale concurrency stamp).</summary>
public sealed class ConcurrencyConflictException()
    : BusinessException(FrameworkErrorCodes.ConcurrencyConflict, 409)
{
    /// <summary>For stores that compare stamps themselves: refuses a client copy older than the stored row.</summary>
    public static void ThrowIfStale(string? stored, string fromClient)
    {
        if (!string.Equals(stored, fromClient, StringComparison.Ordinal))
        {
            throw new ConcurrencyConflictException();
        }
    }
}

public static class FrameworkErrorCodes
{
    public const string EntityNotFound = "PartyBuilding:EntityNotFound";
    public const string ConcurrencyConflict = "PartyBuilding:ConcurrencyConflict";
    public const string ValidationFailed = "PartyBuilding:ValidationFailed";
    public const string InvalidSorting = "PartyBuilding:InvalidSorting";
    public const string Unauthorized = "PartyBuilding:Unauthorized";
    public const string Forbidden = "PartyBuilding:Forbidden";
    public const string BadRequest = "PartyBuilding:BadRequest";
    public const string PayloadTooLarge = "PartyBuilding:PayloadTooLarge";
    public const string UnsupportedMediaType = "PartyBuilding:UnsupportedMediaType";
    public const string InternalError = "PartyBuilding:InternalError";
    public const string DatabaseUnavailable = "PartyBuilding:DatabaseUnavailable";
    public const string CrossTenantWrite = "PartyBuilding:CrossTenantWrite";
    public const string Antiforgery = "PartyBuilding:Antiforgery";
    public const string AppendOnlyViolation = "PartyBuilding:AppendOnlyViolation";
}

/// <summary>Code tried to change or delete an append-only row such as an audit entry.</summary>
public sealed class AppendOnlyViolationException(string entityType)
    : BusinessException(FrameworkErrorCodes.AppendOnlyViolation, 403, entityType);

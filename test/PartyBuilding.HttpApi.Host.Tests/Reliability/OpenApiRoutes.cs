using System.Text.Json;
using System.Text.RegularExpressions;
using PartyBuilding.Testing;

namespace PartyBuilding.Reliability;

/// <summary>What a path parameter of the API names, so a sweep can put real ids of that kind into it.</summary>
public enum IdKind
{
    Tenant,
    OrganizationCategory,
    Organization,
    CommitteeTerm,
    Member,
    MemberTransfer,
    MeetingRule,
    MeetingExemption,
    Meeting,
    MeetingAttachment,
    Activity,
    ActivityAttachment,
    ActivityCategory,
    Role,
    User,
    JobName,
}

public sealed record RouteParameter(string Name, IdKind Kind);

/// <summary>The JSON type a property of a request body takes, as the document describes it.</summary>
public enum BodyValueType
{
    String,
    Uuid,
    Date,
    DateTime,
    Integer,
    Number,
    Boolean,
    Enum,
    Array,
    Object,
}

public sealed record BodyProperty(string Name, BodyValueType Type);

/// <summary>One operation of the host's OpenAPI document.</summary>
public sealed record ApiOperation(
    HttpMethod Method,
    string Template,
    IReadOnlyList<RouteParameter> PathParameters,
    IReadOnlyList<string> QueryParameters,
    IReadOnlyList<string> BodyContentTypes,
    IReadOnlyList<BodyProperty> BodyProperties,
    bool BodyIsArray)
{
    public bool IsWrite => Method != HttpMethod.Get && Method != HttpMethod.Head && Method != HttpMethod.Options;

    public bool TakesJson => BodyContentTypes.Contains("application/json");

    public bool TakesForm => BodyContentTypes.Any(t => t is "multipart/form-data" or "application/x-www-form-urlencoded");

    /// <summary>How the audit trail names the operation: "METHOD /route/template".</summary>
    public string Action => $"{Method.Method} {Template}";

    /// <summary>The template with each parameter replaced by the value <paramref name="valueOf"/> gives for it.</summary>
    public string Url(Func<RouteParameter, string> valueOf) =>
        PathParameters.Aggregate(Template, (url, parameter) =>
            url.Replace("{" + parameter.Name + "}", Uri.EscapeDataString(valueOf(parameter)), StringComparison.Ordinal));

    public override string ToString() => Action;
}

/// <summary>
/// The routes of the API as the host's OpenAPI document (GET /openapi/v1.json) lists them, each path parameter
/// mapped to the kind of id it takes. A parameter nobody mapped fails the load, so a route added later cannot
/// slip past the suites generated from the document.
/// </summary>
public static partial class OpenApiRoutes
{
    public const string DocumentUrl = "/openapi/v1.json";

    /// <summary>The route up to and including a parameter → the kind of id that parameter takes.</summary>
    private static readonly Dictionary<string, IdKind> KindByRoutePrefix = new(StringComparer.Ordinal)
    {
        ["/api/host/tenants/{id}"] = IdKind.Tenant,
        ["/api/organization-categories/{id}"] = IdKind.OrganizationCategory,
        ["/api/organizations/{id}"] = IdKind.Organization,
        ["/api/organizations/{id}/committee-terms/{termId}"] = IdKind.CommitteeTerm,
        ["/api/members/{id}"] = IdKind.Member,
        ["/api/member-transfers/{id}"] = IdKind.MemberTransfer,
        ["/api/meeting-rules/{id}"] = IdKind.MeetingRule,
        ["/api/meeting-exemptions/{id}"] = IdKind.MeetingExemption,
        ["/api/meetings/{id}"] = IdKind.Meeting,
        ["/api/meetings/{id}/attachments/{attachmentId}"] = IdKind.MeetingAttachment,
        ["/api/activities/{id}"] = IdKind.Activity,
        ["/api/activities/{id}/attachments/{attachmentId}"] = IdKind.ActivityAttachment,
        ["/api/activity-categories/{id}"] = IdKind.ActivityCategory,
        ["/api/identity/roles/{id}"] = IdKind.Role,
        ["/api/identity/users/{id}"] = IdKind.User,
        ["/api/jobs/{name}"] = IdKind.JobName,
    };

    private static readonly HttpMethod[] Methods = [HttpMethod.Get, HttpMethod.Post, HttpMethod.Put, HttpMethod.Patch, HttpMethod.Delete];

    /// <summary>Every operation of the document the running host serves.</summary>
    public static async Task<IReadOnlyList<ApiOperation>> LoadAsync(PlatformFixture fixture)
    {
        using var http = fixture.CreateDefaultClient();
        using var document = JsonDocument.Parse(await http.GetStringAsync(DocumentUrl));
        var root = document.RootElement;
        var operations = new List<ApiOperation>();
        foreach (var path in root.GetProperty("paths").EnumerateObject())
        {
            foreach (var method in Methods)
            {
                if (path.Value.TryGetProperty(method.Method.ToLowerInvariant(), out var operation))
                {
                    operations.Add(Read(root, path.Name, method, operation));
                }
            }
        }

        return operations;
    }

    /// <summary>The kind of id <paramref name="parameter"/> of <paramref name="template"/> takes; throws when nobody mapped it.</summary>
    public static IdKind KindOf(string template, string parameter)
    {
        var placeholder = "{" + parameter + "}";
        var prefix = template[..(template.IndexOf(placeholder, StringComparison.Ordinal) + placeholder.Length)];
        return KindByRoutePrefix.TryGetValue(prefix, out var kind)
            ? kind
            : throw new InvalidOperationException(
                $"The path parameter {placeholder} of {template} names no known kind of id: map \"{prefix}\" in {nameof(OpenApiRoutes)}.");
    }

    /// <summary>An audit row's action ("POST api/meetings/{id:guid}/submit") in the document's form ("POST /api/meetings/{id}/submit").</summary>
    public static string ActionOfRoutePattern(string method, string rawRoutePattern) =>
        $"{method} /{RouteConstraint().Replace(rawRoutePattern.TrimStart('/'), "{$1}")}";

    /// <summary>Resolves a <c>$ref</c> of the document; any other schema is returned as it is.</summary>
    private static JsonElement Resolve(JsonElement document, JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference)
            ? document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1])
            : schema;

    private static ApiOperation Read(JsonElement root, string template, HttpMethod method, JsonElement operation)
    {
        var path = new List<RouteParameter>();
        var query = new List<string>();
        if (operation.TryGetProperty("parameters", out var parameters))
        {
            foreach (var parameter in parameters.EnumerateArray())
            {
                var name = parameter.GetProperty("name").GetString()!;
                switch (parameter.GetProperty("in").GetString())
                {
                    case "path":
                        path.Add(new RouteParameter(name, KindOf(template, name)));
                        break;
                    case "query":
                        query.Add(name);
                        break;
                }
            }
        }

        var contentTypes = new List<string>();
        JsonElement? schema = null;
        if (operation.TryGetProperty("requestBody", out var body) && body.TryGetProperty("content", out var content))
        {
            foreach (var type in content.EnumerateObject())
            {
                contentTypes.Add(type.Name);
                if (schema is null && type.Value.TryGetProperty("schema", out var typeSchema))
                {
                    schema = Resolve(root, typeSchema);
                }
            }
        }

        var isArray = schema is { } array && TypeNames(array).Contains("array");
        var objectSchema = isArray ? Resolve(root, schema!.Value.GetProperty("items")) : schema;
        var properties = objectSchema is { } o && o.TryGetProperty("properties", out var declared)
            ? declared.EnumerateObject().Select(p => new BodyProperty(p.Name, TypeOf(root, p.Value))).ToList()
            : [];
        return new ApiOperation(method, template, path, query, contentTypes, properties, isArray);
    }

    private static BodyValueType TypeOf(JsonElement root, JsonElement schema)
    {
        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            schema = oneOf.EnumerateArray().First(s => !TypeNames(s).SequenceEqual(["null"]));
        }

        if (schema.TryGetProperty("$ref", out _))
        {
            var resolved = Resolve(root, schema);
            return resolved.TryGetProperty("properties", out _) ? BodyValueType.Object : BodyValueType.Enum;
        }

        var types = TypeNames(schema);
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        return format switch
        {
            "uuid" => BodyValueType.Uuid,
            "date" => BodyValueType.Date,
            "date-time" => BodyValueType.DateTime,
            _ when types.Contains("array") => BodyValueType.Array,
            _ when types.Contains("boolean") => BodyValueType.Boolean,
            _ when types.Contains("integer") => BodyValueType.Integer,
            _ when types.Contains("number") => BodyValueType.Number,
            _ when types.Contains("object") => BodyValueType.Object,
            _ => BodyValueType.String,
        };
    }

    private static IReadOnlyList<string> TypeNames(JsonElement schema) =>
        !schema.TryGetProperty("type", out var type) ? []
        : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList()
        : [type.GetString()!];

    [GeneratedRegex(@"\{(\w+)(:[^}]*)?\}")]
    private static partial Regex RouteConstraint();
}

/// <summary>
/// Real ids of one committee by kind, with the owner of those that live under another route parameter (a meeting's
/// attachments, an organisation's committee terms), to put into the routes of the document.
/// </summary>
public sealed class RouteIds
{
    private readonly Dictionary<IdKind, List<(string? Owner, string Id)>> _ids = [];

    public void Add(IdKind kind, object id, object? owner = null)
    {
        if (!_ids.TryGetValue(kind, out var ids))
        {
            _ids[kind] = ids = [];
        }

        ids.Add((owner?.ToString(), id.ToString()!));
    }

    public IReadOnlyList<string> Of(IdKind kind) => _ids.TryGetValue(kind, out var ids) ? ids.Select(i => i.Id).ToList() : [];

    /// <summary>Every id in the set, for scanning answers for them.</summary>
    public IEnumerable<string> All => _ids.Values.SelectMany(ids => ids.Select(i => i.Id)).Distinct();

    /// <summary>
    /// The operation's URL for every id of the kind its last parameter takes; an earlier parameter gets the id's
    /// owner, or, when <paramref name="owners"/> is given, each id of that kind from <paramref name="owners"/>.
    /// </summary>
    public IEnumerable<string> Urls(ApiOperation operation, RouteIds? owners = null)
    {
        if (operation.PathParameters.Count == 0)
        {
            return [operation.Template];
        }

        var leaf = operation.PathParameters[^1];
        if (operation.PathParameters.Count > 2)
        {
            throw new InvalidOperationException($"{operation} has more than two path parameters: teach {nameof(RouteIds)} its chain of owners.");
        }

        var ids = _ids.TryGetValue(leaf.Kind, out var found) ? found : [];
        if (operation.PathParameters.Count == 1)
        {
            return ids.Select(i => operation.Url(_ => i.Id));
        }

        var owner = operation.PathParameters[0];
        return owners is null
            ? ids.Select(i => operation.Url(p => p == leaf ? i.Id : i.Owner ?? throw new InvalidOperationException($"{leaf.Kind} {i.Id} has no owner.")))
            : ids.SelectMany(i => owners.Of(owner.Kind).Select(o => operation.Url(p => p == leaf ? i.Id : o)));
    }
}

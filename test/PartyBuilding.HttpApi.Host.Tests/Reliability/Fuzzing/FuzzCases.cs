using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using PartyBuilding.Files;

namespace PartyBuilding.Reliability;

/// <summary>One malformed request to a route: what it tries, its body, and the URL when it is not the route's own.</summary>
public sealed record FuzzCase(string Name, Func<HttpContent?> Content, string? Url = null, bool IsMassAssignment = false);

/// <summary>
/// The malformed requests for a write route, made from a valid body and the request schema of the OpenAPI
/// document: broken JSON, every property with a wrong type, numbers no type holds, deep nesting, 1 MB strings,
/// invalid UTF-8, lone surrogates, NUL, full-width digits in ID numbers, properties nobody may set, bodies over
/// the host's limit, wrong content types, broken multipart forms, and ids that are no ids.
/// </summary>
public static class FuzzCases
{
    public const string Placeholder = "\u0001fuzz\u0001";
    public static readonly Guid InjectedId = Guid.Parse("0badc0de-0000-4000-8000-00000000f022");
    public static readonly Guid InjectedCreator = Guid.Parse("0badc0de-0000-4000-8000-00000000c0de");

    private static readonly string OneMegabyte = new('x', 1 << 20);
    private static readonly string[] HugeNumbers = ["1e400", "99999999999999999999999", "-1e308"];
    private static readonly string Deep = new string('[', 5000) + new string(']', 5000);

    /// <summary>A valid ID number written with full-width digits (１５０４２４…), as an IME may type it.</summary>
    public static string FullWidth(string idNumber) =>
        new(idNumber.Select(c => c is >= '0' and <= '9' ? (char)('０' + (c - '0')) : c == 'X' ? 'Ｘ' : c).ToArray());

    public static IEnumerable<FuzzCase> Json(ApiOperation operation, JsonNode valid, Guid otherTenant, string idNumber)
    {
        var text = valid.ToJsonString();
        var target = operation.BodyIsArray ? valid.AsArray()[0]!.AsObject() : valid as JsonObject;
        yield return new("truncated JSON", () => Body(text[..(text.Length / 2)]));
        yield return new("a JSON array for an object", () => Body(operation.BodyIsArray ? "{\"a\": 1}" : "[1, 2, 3]"));
        yield return new("empty body", () => Body(""));
        yield return new("no content type", () => new ByteArrayContent(Encoding.UTF8.GetBytes(text)));
        yield return new("text/plain", () => Body(text, "text/plain"));
        yield return new("application/xml", () => Body("<member><name>x</name></member>", "application/xml"));
        if (target is null)
        {
            yield break;
        }

        var properties = operation.BodyProperties;
        foreach (var property in properties)
        {
            yield return new($"wrong type of {property.Name}", () => Body(With(valid, property.Name, WrongValue(property.Type))));
        }

        // Each number no type holds once; past the first numeric property, one of them.
        var numeric = properties.Where(p => p.Type is BodyValueType.Integer or BodyValueType.Number or BodyValueType.Enum).ToList();
        foreach (var (property, index) in (numeric.Count > 0 ? numeric : properties.Take(1)).Select((p, i) => (p, i)))
        {
            foreach (var number in index == 0 ? HugeNumbers : HugeNumbers.Take(1))
            {
                yield return new($"{number} in {property.Name}", () => Body(Raw(valid, property.Name, number)));
            }
        }

        var strings = properties.Where(p => p.Type == BodyValueType.String).Select(p => p.Name).ToList();
        var first = strings.FirstOrDefault() ?? properties.FirstOrDefault()?.Name ?? "x";
        yield return new($"5,000 levels of nesting in {first}", () => Body(Raw(valid, first, Deep)));
        yield return new($"a 1 MB string in {first}", () => Body(With(valid, first, OneMegabyte)));
        yield return new($"invalid UTF-8 in {first}", () => new ByteArrayContent(InvalidUtf8(valid, first)) { Headers = { ContentType = JsonType } });
        if (strings.Count > 0)
        {
            yield return new("lone surrogates in every string", () => Body(RawAll(valid, strings, "\"\\ud800a\\udfff\"")));
            yield return new("NUL in every string", () => Body(RawAll(valid, strings, "\"a\\u0000b\"")));
        }

        if (properties.Any(p => p.Name == "idNumber"))
        {
            yield return new("full-width digits in idNumber", () => Body(With(valid, "idNumber", FullWidth(idNumber))));
        }

        yield return new("tenantId, id, creatorId, isDeleted set by the client",
            () => Body(MassAssignment(valid, otherTenant, properties.Select(p => p.Name))), IsMassAssignment: true);
        yield return new("a body over the host's limit", () => new OversizeContent());
    }

    public static IEnumerable<FuzzCase> Form(ApiOperation operation, Func<HttpContent> valid)
    {
        var isAttachment = operation.Template.EndsWith("/attachments", StringComparison.Ordinal);
        yield return new("multipart without a boundary", () => Body("--x\r\n\r\n", "multipart/form-data"));
        yield return new("truncated multipart", () => Truncated(valid()));
        yield return new("multipart without the file", () => new MultipartFormDataContent { { new StringContent("Photo"), "kind" } });
        yield return new("the file under another name", () => new MultipartFormDataContent
        {
            { FileOf(SampleFiles.Png), "nofile", "a.png" }, { new StringContent("Photo"), "kind" },
        });
        yield return new("an empty file", () => new MultipartFormDataContent { { FileOf([]), "file", "a.png" }, { new StringContent("Photo"), "kind" } });
        yield return new("an executable", () => new MultipartFormDataContent { { FileOf(SampleFiles.Exe), "file", "a.png" }, { new StringContent("Photo"), "kind" } });
        yield return new("NUL and a lone surrogate in the file name", () => new MultipartFormDataContent
        {
            { FileOf(SampleFiles.Png), "file", "a\u0000\ud800.png" }, { new StringContent("Photo"), "kind" },
        });
        yield return new("a 1 MB field", () => new MultipartFormDataContent
        {
            { FileOf(SampleFiles.Png), "file", "a.png" }, { new StringContent(OneMegabyte), isAttachment ? "kind" : "mode" },
        });
        yield return new("an unknown kind or mode", () => new MultipartFormDataContent
        {
            { FileOf(SampleFiles.Png), "file", "a.png" }, { new StringContent("99999999999999999999999"), isAttachment ? "kind" : "mode" },
        });
        yield return new("JSON for a form", () => Body("{\"file\": \"x\"}"));
        yield return new("a body over the host's limit", () => new OversizeContent("multipart/form-data; boundary=x"));
    }

    /// <summary>For a route that takes no body: one with properties nobody may set.</summary>
    public static FuzzCase UnexpectedBody(Guid otherTenant) =>
        new("a body the route takes none of", () => Body(MassAssignment(new JsonObject(), otherTenant, [])), IsMassAssignment: true);

    /// <summary>Path parameters that are no ids, or ids of nothing.</summary>
    public static IEnumerable<FuzzCase> Path(ApiOperation operation)
    {
        if (operation.PathParameters.Count == 0)
        {
            yield break;
        }

        // A NUL in the path never reaches the application: Kestrel refuses the request line.
        foreach (var value in new[] { "１５０４２４", "..%2F..%2Fetc%2Fpasswd", new string('9', 5000), Guid.NewGuid().ToString() })
        {
            var url = operation.Url(_ => value).Replace("%252F", "%2F", StringComparison.Ordinal);
            yield return new($"{Shorten(value)} as the id", () => operation.TakesJson ? Body("{}") : null, url);
        }
    }

    private static readonly MediaTypeHeaderValue JsonType = new("application/json") { CharSet = "utf-8" };

    private static string Shorten(string value) => value.Length > 30 ? $"{value.Length} characters" : value;

    private static StringContent Body(string text, string mediaType = "application/json") => new(text, Encoding.UTF8, mediaType);

    private static ByteArrayContent FileOf(byte[] content) => new(content) { Headers = { ContentType = new("image/png") } };

    private static ByteArrayContent Truncated(HttpContent content)
    {
        var bytes = content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
        return new ByteArrayContent(bytes[..(bytes.Length / 2)]) { Headers = { ContentType = content.Headers.ContentType } };
    }

    private static JsonNode WrongValue(BodyValueType type) => type switch
    {
        BodyValueType.String => new JsonObject { ["nested"] = true },
        BodyValueType.Uuid => "not-a-guid",
        BodyValueType.Date => "2026-13-45",
        BodyValueType.DateTime => "yesterday",
        BodyValueType.Integer or BodyValueType.Number => "many",
        BodyValueType.Boolean => "yes",
        BodyValueType.Enum => "NoSuchValue",
        BodyValueType.Array => "not a list",
        _ => 5,
    };

    /// <summary>The valid body with one property changed (in the first element, for a body that is a list).</summary>
    private static string With(JsonNode valid, string property, JsonNode? value)
    {
        var body = valid.DeepClone();
        var target = body is JsonArray array ? array[0]!.AsObject() : body.AsObject();
        target[property] = value;
        return body.ToJsonString();
    }

    /// <summary>The valid body with one property's value replaced by JSON text no JsonNode can hold.</summary>
    private static string Raw(JsonNode valid, string property, string json) =>
        With(valid, property, Placeholder).Replace(Quoted(Placeholder), json, StringComparison.Ordinal);

    private static string RawAll(JsonNode valid, IEnumerable<string> properties, string json)
    {
        var body = valid.DeepClone();
        var target = body is JsonArray array ? array[0]!.AsObject() : body.AsObject();
        foreach (var property in properties)
        {
            target[property] = Placeholder;
        }

        return body.ToJsonString().Replace(Quoted(Placeholder), json, StringComparison.Ordinal);
    }

    private static string Quoted(string value) => new JsonArray(value).ToJsonString()[1..^1];

    private static byte[] InvalidUtf8(JsonNode valid, string property)
    {
        var parts = With(valid, property, Placeholder).Split(Quoted(Placeholder));
        // An overlong slash, a lone continuation byte, a truncated sequence and an encoded surrogate (CESU-8).
        byte[] invalid = [(byte)'"', 0xC0, 0xAF, 0x80, 0xC3, 0x28, 0xED, 0xA0, 0x80, 0xFF, (byte)'"'];
        return [.. Encoding.UTF8.GetBytes(parts[0]), .. invalid, .. Encoding.UTF8.GetBytes(parts[1])];
    }

    /// <summary>The valid body with the properties of a stored row that the route does not declare (the job trigger names a committee by right).</summary>
    private static string MassAssignment(JsonNode valid, Guid otherTenant, IEnumerable<string> declared)
    {
        var body = valid.DeepClone();
        var target = body is JsonArray array ? array[0]!.AsObject() : body.AsObject();
        var injected = new Dictionary<string, JsonNode>
        {
            ["tenantId"] = otherTenant,
            ["id"] = InjectedId,
            ["creatorId"] = InjectedCreator,
            ["isDeleted"] = true,
            ["creationTime"] = "2000-01-01T00:00:00Z",
        };
        foreach (var (name, value) in injected.Where(p => !declared.Contains(p.Key)))
        {
            target[name] = value;
        }

        return body.ToJsonString();
    }

    /// <summary>A body that declares 1 MB more than the host takes; written only as far as the host reads it.</summary>
    private sealed class OversizeContent : HttpContent
    {
        private static readonly byte[] Chunk = Enumerable.Repeat((byte)'a', 64 * 1024).ToArray();
        private readonly long _length = PartyBuildingHost.MaxRequestBodyBytes + (1 << 20);

        public OversizeContent(string mediaType = "application/json") => Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            for (long written = 0; written < _length; written += Chunk.Length)
            {
                await stream.WriteAsync(Chunk.AsMemory(0, (int)Math.Min(Chunk.Length, _length - written)));
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _length;
            return true;
        }
    }
}

using System.Text.Json;
using PartyBuilding.Testing;

namespace PartyBuilding.Reliability;

/// <summary>One operation of the host's OpenAPI document: method, template and the names of its parameters.</summary>
public sealed record DocumentedRoute(HttpMethod Method, string Template, IReadOnlyList<string> PathParameters, IReadOnlyList<string> QueryParameters)
{
    public override string ToString() => $"{Method.Method} {Template}";
}

/// <summary>The routes the running host documents at <c>GET /openapi/v1.json</c>, so suites walk what the API offers.</summary>
public static class DocumentedRoutes
{
    private static readonly HttpMethod[] Methods =
        [HttpMethod.Get, HttpMethod.Post, HttpMethod.Put, HttpMethod.Patch, HttpMethod.Delete, HttpMethod.Head, HttpMethod.Options];

    public static async Task<IReadOnlyList<DocumentedRoute>> LoadAsync(PlatformFixture fixture)
    {
        using var http = fixture.CreateDefaultClient();
        using var document = JsonDocument.Parse(await http.GetStringAsync("/openapi/v1.json"));
        var routes = new List<DocumentedRoute>();
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            var shared = Parameters(path.Value);
            foreach (var method in Methods)
            {
                if (path.Value.TryGetProperty(method.Method.ToLowerInvariant(), out var operation))
                {
                    var parameters = shared.Concat(Parameters(operation)).ToList();
                    routes.Add(new DocumentedRoute(
                        method, path.Name,
                        parameters.Where(p => p.In == "path").Select(p => p.Name).Distinct().ToList(),
                        parameters.Where(p => p.In == "query").Select(p => p.Name).Distinct().ToList()));
                }
            }
        }

        return routes;
    }

    private static List<(string Name, string In)> Parameters(JsonElement element) =>
        element.TryGetProperty("parameters", out var parameters)
            ? parameters.EnumerateArray().Select(p => (p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!)).ToList()
            : [];
}

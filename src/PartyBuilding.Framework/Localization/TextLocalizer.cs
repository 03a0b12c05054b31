using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace PartyBuilding.Framework.Localization;

/// <summary>
/// Texts for error messages, validation and seeded names, in zh-CN (the default) and English. Each module ships
/// embedded JSON files named <c>…&lt;culture&gt;.json</c> (a flat map from key to text); the current UI culture
/// (set from Accept-Language) picks the language, and zh-CN fills any key a language lacks.
/// </summary>
public sealed class TextLocalizer : IStringLocalizer
{
    public const string DefaultCulture = "zh-CN";
    public static readonly string[] SupportedCultures = [DefaultCulture, "en"];

    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _textsByCulture;

    public TextLocalizer(IEnumerable<Assembly> resourceAssemblies)
    {
        var merged = SupportedCultures.ToDictionary(c => c, _ => new Dictionary<string, string>());
        foreach (var assembly in resourceAssemblies.Distinct())
        {
            foreach (var resource in assembly.GetManifestResourceNames())
            {
                var culture = SupportedCultures.FirstOrDefault(c =>
                    resource.EndsWith($".{c}.json", StringComparison.OrdinalIgnoreCase));
                if (culture is null)
                {
                    continue;
                }

                using var stream = assembly.GetManifestResourceStream(resource)!;
                var texts = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
                    ?? throw new InvalidOperationException($"Localization resource {resource} is empty.");
                foreach (var (key, text) in texts)
                {
                    if (!merged[culture].TryAdd(key, text))
                    {
                        throw new InvalidOperationException($"Localization key {key} is defined twice for {culture}.");
                    }
                }
            }
        }

        _textsByCulture = merged.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenDictionary());
    }

    public LocalizedString this[string name] => Find(name, []);

    public LocalizedString this[string name, params object[] arguments] => Find(name, arguments);

    public string Get(string key, params object?[] arguments) => Find(key, arguments).Value;

    /// <summary>
    /// The text of a message code with its arguments, where arguments that are localization keys themselves
    /// (entity and field names, enum values) are shown in the caller's language too.
    /// </summary>
    public string Format(string key, IEnumerable<object?> arguments) =>
        Get(key, arguments.Select(a => a is string argumentKey && Contains(argumentKey) ? Get(argumentKey) : a).ToArray());

    /// <summary>The text of a key in every supported language, e.g. to recognise a column header written in any of them.</summary>
    public IEnumerable<string> AllTextsOf(string key) =>
        _textsByCulture.Values.Select(texts => texts.GetValueOrDefault(key)).OfType<string>().Distinct(StringComparer.Ordinal);

    public bool Contains(string key) => _textsByCulture[DefaultCulture].ContainsKey(key);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        TextsOf(CurrentCulture()).Select(p => new LocalizedString(p.Key, p.Value));

    private LocalizedString Find(string key, object?[] arguments)
    {
        var culture = CurrentCulture();
        var found = TextsOf(culture).TryGetValue(key, out var template)
            || _textsByCulture[DefaultCulture].TryGetValue(key, out template);
        if (!found)
        {
            return new LocalizedString(key, key, resourceNotFound: true);
        }

        var text = arguments.Length == 0 ? template! : string.Format(CultureInfo.CurrentCulture, template!, arguments);
        return new LocalizedString(key, text);
    }

    private FrozenDictionary<string, string> TextsOf(string culture) => _textsByCulture[culture];

    private static string CurrentCulture()
    {
        var ui = CultureInfo.CurrentUICulture;
        return ui.Name.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : DefaultCulture;
    }
}

/// <summary>Hands the one <see cref="TextLocalizer"/> to ASP.NET Core, e.g. for data-annotation messages.</summary>
public sealed class TextLocalizerFactory(TextLocalizer localizer) : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource) => localizer;

    public IStringLocalizer Create(string baseName, string location) => localizer;
}

using System.Collections.Frozen;
using System.Globalization;

namespace PartyBuilding.Framework.Settings;

/// <summary>
/// A value a committee may change. Party rules that the stored sources could not confirm (DOMAIN.md §2.7 and
/// the ◐ rows) are settings, never constants: the default is the common reading, the citation says where it
/// comes from, and a committee whose local rules differ sets its own value.
/// </summary>
public sealed record SettingDefinition(string Name, int DefaultValue, int MinValue, int MaxValue, string Citation)
{
    /// <summary>The localization key of the setting's display name.</summary>
    public string DisplayNameKey => "Setting:" + Name;
}

public abstract class SettingDefinitionProvider
{
    public abstract IEnumerable<SettingDefinition> Define();
}

public interface ISettingDefinitionManager
{
    IReadOnlyList<SettingDefinition> All { get; }

    SettingDefinition Get(string name);

    SettingDefinition? Find(string name);
}

public sealed class SettingDefinitionManager(IEnumerable<SettingDefinitionProvider> providers) : ISettingDefinitionManager
{
    private readonly FrozenDictionary<string, SettingDefinition> _byName =
        providers.SelectMany(p => p.Define()).ToFrozenDictionary(d => d.Name, StringComparer.Ordinal);

    public IReadOnlyList<SettingDefinition> All => [.. _byName.Values.OrderBy(d => d.Name, StringComparer.Ordinal)];

    public SettingDefinition Get(string name) =>
        Find(name) ?? throw new InvalidOperationException($"Setting '{name}' is not defined.");

    public SettingDefinition? Find(string name) => _byName.GetValueOrDefault(name);
}

/// <summary>Reads settings for the current committee, falling back to the definition's default.</summary>
public interface ISettingProvider
{
    Task<int> GetIntAsync(string name, CancellationToken cancellationToken = default);
}

public static class SettingValueFormat
{
    public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static int? Parse(string? value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
}

using System.Globalization;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Framework.Localization;

namespace PartyBuilding.Spreadsheets;

/// <summary>
/// A column of an import template. The header is the text of <see cref="Key"/> in the caller's language; a file
/// may use the header in any supported language, followed by a note in brackets (<c>流动党员（是/否）</c>).
/// </summary>
public sealed record ImportColumn(string Key, SheetColumnKind Kind = SheetColumnKind.General, double Width = 14)
{
    public bool Required { get; init; }

    /// <summary>The enum whose values the column holds, written as localized names (<c>Enum:&lt;Enum&gt;:&lt;Name&gt;</c>).</summary>
    public Type? Choices { get; init; }

    /// <summary>The property of the module's input DTO the column fills, whose validation attributes apply to it.</summary>
    public string? Property { get; init; }
}

/// <summary>Where each template column sits in an uploaded sheet, and how its cells read.</summary>
public sealed class ImportColumns
{
    private readonly Dictionary<ImportColumn, int> _indexes;
    private readonly TextLocalizer _localizer;

    private ImportColumns(Dictionary<ImportColumn, int> indexes, SheetRow header, TextLocalizer localizer)
    {
        _indexes = indexes;
        Header = header;
        _localizer = localizer;
    }

    public SheetRow Header { get; }

    /// <summary>Finds the columns in the header row; a missing required column answers 400 MissingColumns.</summary>
    public static ImportColumns Locate(SheetRow header, IReadOnlyList<ImportColumn> columns, TextLocalizer localizer)
    {
        var positions = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Cells.Count; i++)
        {
            positions.TryAdd(HeaderName(header.Cells[i]), i);
        }

        var indexes = new Dictionary<ImportColumn, int>();
        foreach (var column in columns)
        {
            var index = localizer.AllTextsOf(column.Key).Select(t => positions.GetValueOrDefault(t, -1)).FirstOrDefault(i => i >= 0, -1);
            if (index >= 0)
            {
                indexes.Add(column, index);
            }
        }

        var missing = columns.Where(c => c.Required && !indexes.ContainsKey(c)).Select(c => localizer.Get(c.Key)).ToList();
        if (missing.Count > 0)
        {
            throw new BusinessException(PartyBuildingErrorCodes.Import.MissingColumns, 400, string.Join("、", missing));
        }

        return new ImportColumns(indexes, header, localizer);
    }

    /// <summary>The header as the file writes it, for reports; the template's text when the column is absent.</summary>
    public string HeaderOf(ImportColumn column) =>
        _indexes.TryGetValue(column, out var index) ? Header.Cells[index].Trim() : _localizer.Get(column.Key);

    public string? TextOf(SheetRow row, ImportColumn column) => _indexes.TryGetValue(column, out var index) ? row[index] : null;

    /// <summary>The localized names of an enum's values, in the caller's language, for templates and exports.</summary>
    public static string DisplayOf(TextLocalizer localizer, Enum value) => localizer.Get(ValueKey(value.GetType(), value.ToString()));

    /// <summary>The columns of a template or export: headers in the caller's language, drop-downs for closed value lists.</summary>
    public static IReadOnlyList<SheetColumn> SheetColumnsOf(TextLocalizer localizer, IEnumerable<ImportColumn> columns) =>
        columns.Select(c => new SheetColumn(localizer.Get(c.Key), c.Width, c.Kind)
        {
            Choices = c.Choices is { } type ? ChoicesOf(localizer, type) : null,
        }).ToList();

    public static IReadOnlyList<string> ChoicesOf(TextLocalizer localizer, Type enumType) =>
        Enum.GetNames(enumType).Select(name => localizer.Get(ValueKey(enumType, name))).ToList();

    /// <summary>Reads an enum value written as its name in any language, or as the C# name.</summary>
    public bool TryParseChoice(Type enumType, string text, out object? value)
    {
        foreach (var name in Enum.GetNames(enumType))
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase)
                || _localizer.AllTextsOf(ValueKey(enumType, name)).Contains(text, StringComparer.OrdinalIgnoreCase))
            {
                value = Enum.Parse(enumType, name);
                return true;
            }
        }

        value = null;
        return false;
    }

    private static string ValueKey(Type enumType, string name) => $"Enum:{enumType.Name}:{name}";

    /// <summary>The header without a required marker or a note in brackets: <c>姓名*</c> and <c>流动党员（是/否）</c> both count.</summary>
    private static string HeaderName(string cell)
    {
        var name = cell.Trim().TrimEnd('*', '＊').Trim();
        var bracket = name.IndexOfAny(['(', '（']);
        return (bracket > 0 ? name[..bracket] : name).Trim();
    }

    /// <summary>Dates as people type them: 2024-03-01, 2024/3/1, 2024.3.1, 20240301, 2024年3月1日.</summary>
    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(
            text.Trim(), ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日"],
            CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}

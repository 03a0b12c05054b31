using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Framework.Localization;

namespace PartyBuilding.Spreadsheets;

/// <summary>
/// Reads the cells of one data row and collects every problem of the row instead of stopping at the first, so
/// one round of corrections fixes the whole file.
/// </summary>
public sealed class ImportRow(SheetRow row, ImportColumns columns, TextLocalizer localizer)
{
    /// <summary>A DTO property's validation attributes, read once per property rather than once per row and cell.</summary>
    private static readonly ConcurrentDictionary<(Type Dto, string Property), PropertyValidator?> Validators = new();

    private readonly List<ImportRowMessageDto> _messages = [];
    private readonly HashSet<ImportColumn> _faulty = [];

    public int Line => row.Line;

    public IReadOnlyList<ImportRowMessageDto> Messages => _messages;

    public bool IsRejected => _messages.Count > 0;

    /// <summary>The cell's text without validating it: for a pass over the whole file before its rows are handled.</summary>
    public string? Peek(ImportColumn column) => columns.TextOf(row, column);

    public string? Text(ImportColumn column)
    {
        var text = columns.TextOf(row, column);
        if (text is null && column.Required)
        {
            Reject(column, "Validation:Required", columns.HeaderOf(column));
        }

        return text;
    }

    public DateOnly? Date(ImportColumn column)
    {
        if (Text(column) is not { } text)
        {
            return null;
        }

        if (ImportColumns.TryParseDate(text, out var date))
        {
            return date;
        }

        Reject(column, "Import:Row:InvalidDate", text);
        return null;
    }

    public T? Choice<T>(ImportColumn column) where T : struct, Enum
    {
        if (Text(column) is not { } text)
        {
            return null;
        }

        if (columns.TryParseChoice(typeof(T), text, out var value))
        {
            return (T)value!;
        }

        Reject(column, "Import:Row:InvalidChoice", text, string.Join("/", ImportColumns.ChoicesOf(localizer, typeof(T))));
        return null;
    }

    /// <summary>是/否; an empty cell is 否.</summary>
    public bool YesNo(ImportColumn column)
    {
        if (Text(column) is not { } text)
        {
            return false;
        }

        if (localizer.AllTextsOf("Import:Value:Yes").Append("true").Append("1").Append("Y").Contains(text, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        if (localizer.AllTextsOf("Import:Value:No").Append("false").Append("0").Append("N").Contains(text, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        Reject(column, "Import:Row:InvalidChoice", text,
            $"{localizer.Get("Import:Value:Yes")}/{localizer.Get("Import:Value:No")}");
        return false;
    }

    /// <summary>
    /// Checks the module's input DTO, filled from this row, against its own validation attributes (lengths,
    /// patterns), so the import accepts exactly what the API accepts. Columns already reported are left alone.
    /// </summary>
    public void ValidateAgainst(object dto, IEnumerable<ImportColumn> columnsOfDto)
    {
        foreach (var column in columnsOfDto)
        {
            if (column.Property is null || _faulty.Contains(column)
                || Validators.GetOrAdd((dto.GetType(), column.Property), FindValidator) is not { } validator)
            {
                continue;
            }

            var value = validator.Property.GetValue(dto);
            for (var i = 0; i < validator.Attributes.Length; i++)
            {
                if (validator.Attributes[i].IsValid(value))
                {
                    continue;
                }

                // The cached instances serve every row; a fresh one (GetCustomAttributes makes new instances) carries
                // this row's localized message.
                var attribute = validator.Property.GetCustomAttributes<ValidationAttribute>(inherit: true).ElementAt(i);
                if (ValidationMessageKeys.Of(attribute) is { } key)
                {
                    attribute.ErrorMessage = localizer.Get(key);
                }

                AddMessage(column, attribute.FormatErrorMessage(columns.HeaderOf(column)));
                break;
            }
        }
    }

    /// <summary>Reports a refusal of a domain rule (a manager's BusinessException) against the column it concerns.</summary>
    public void Reject(ImportColumn? column, BusinessException refusal) =>
        AddMessage(column, localizer.Format(refusal.Code, refusal.Arguments));

    public void Reject(ImportColumn? column, string messageKey, params object?[] arguments) =>
        AddMessage(column, localizer.Format(messageKey, arguments));

    private static PropertyValidator? FindValidator((Type Dto, string Property) key) =>
        key.Dto.GetProperty(key.Property) is { } property
            ? new PropertyValidator(property, property.GetCustomAttributes<ValidationAttribute>(inherit: true).ToArray())
            : null;

    private sealed record PropertyValidator(PropertyInfo Property, ValidationAttribute[] Attributes);

    private void AddMessage(ImportColumn? column, string message)
    {
        if (column is not null)
        {
            _faulty.Add(column);
        }

        _messages.Add(new ImportRowMessageDto(row.Line, column is null ? null : columns.HeaderOf(column), message));
    }
}

namespace PartyBuilding.Spreadsheets;

public enum SpreadsheetFormat
{
    Xlsx = 1,
    Csv = 2,
}

/// <summary>
/// One non-empty row of a sheet. <see cref="Line"/> is the row number people see in Excel (the header is usually
/// line 1), so a report can point at the row to correct. Cells are text: numbers in invariant form, and dates from
/// date-formatted cells as <c>yyyy-MM-dd</c>, so every column is parsed the same way whichever format it came in.
/// </summary>
public sealed record SheetRow(int Line, IReadOnlyList<string> Cells)
{
    /// <summary>The trimmed text of a column, or null when the cell is missing or blank.</summary>
    public string? this[int column] =>
        column < Cells.Count && !string.IsNullOrWhiteSpace(Cells[column]) ? Cells[column].Trim() : null;
}

/// <summary>The first sheet of a file: its header row and the data rows after it (blank rows left out).</summary>
public sealed record SheetTable(SheetRow Header, IReadOnlyList<SheetRow> Rows);

/// <summary>A column of a written sheet: header text, width in characters, and how its cells are formatted.</summary>
public sealed record SheetColumn(string Header, double Width = 14, SheetColumnKind Kind = SheetColumnKind.General)
{
    /// <summary>Values offered in a drop-down list in Excel (left out when the list is too long for a validation formula).</summary>
    public IReadOnlyList<string>? Choices { get; init; }
}

public enum SheetColumnKind
{
    General = 0,

    /// <summary>Digits kept as text: Excel would round an 18-digit ID number typed into a general cell.</summary>
    Text = 1,

    Date = 2,
}

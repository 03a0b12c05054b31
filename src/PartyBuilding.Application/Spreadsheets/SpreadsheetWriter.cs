using System.Globalization;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PartyBuilding.Spreadsheets;

/// <summary>
/// Writes one sheet as .xlsx (bold frozen header, drop-downs for closed value lists, ID columns as text so Excel
/// keeps all 18 digits, dates as real dates) or as UTF-8 .csv with a byte-order mark, without which Excel on
/// Chinese Windows reads the file as GBK. Cell values are strings, numbers, <see cref="DateOnly"/> or null.
/// </summary>
public static class SpreadsheetWriter
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvContentType = "text/csv; charset=utf-8";

    private const uint HeaderStyle = 1;
    private const uint DateStyle = 2;
    private const uint TextStyle = 3;
    private const uint DateFormatId = 164;
    private const uint TextFormatId = 49;

    /// <summary>Excel refuses a list validation whose formula is longer than this.</summary>
    private const int MaxChoiceListLength = 255;

    /// <summary>How many rows below the header a drop-down covers.</summary>
    private const int ValidatedRows = 20_000;

    public static string ContentTypeOf(SpreadsheetFormat format) =>
        format == SpreadsheetFormat.Xlsx ? XlsxContentType : CsvContentType;

    public static byte[] Write(
        SpreadsheetFormat format, string sheetName, IReadOnlyList<SheetColumn> columns, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var output = new MemoryStream();
        if (format == SpreadsheetFormat.Xlsx)
        {
            WriteXlsx(output, sheetName, columns, rows);
        }
        else
        {
            WriteCsv(output, columns, rows);
        }

        return output.ToArray();
    }

    public static void WriteCsv(Stream output, IReadOnlyList<SheetColumn> columns, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var csv = CsvWriter.Create(output, new CsvWriterOptions { WriteByteOrderMark = true }, leaveOpen: true);
        foreach (var column in columns)
        {
            csv.WriteField(column.Header);
        }

        csv.EndRecord();
        foreach (var row in rows)
        {
            foreach (var value in row)
            {
                if (value is DateOnly date)
                {
                    csv.WriteField(date, "yyyy-MM-dd");
                }
                else
                {
                    csv.WriteField(value);
                }
            }

            csv.EndRecord();
        }
    }

    public static void WriteXlsx(Stream output, string sheetName, IReadOnlyList<SheetColumn> columns, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
        stylesPart.Stylesheet = CreateStylesheet();
        var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
        var sharedStrings = new SharedStrings();

        using (var writer = OpenXmlWriter.Create(worksheetPart))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteElement(new SheetViews(new SheetView(
                new Pane
                {
                    VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
                },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
            {
                WorkbookViewId = 0,
            }));
            writer.WriteElement(new Columns(columns.Select((c, i) => new Column
            {
                Min = (uint)i + 1, Max = (uint)i + 1, Width = c.Width, CustomWidth = true, Style = StyleOf(c.Kind),
            })));

            writer.WriteStartElement(new SheetData());
            writer.WriteElement(new Row(columns.Select((c, i) => sharedStrings.Cell(i, 1, c.Header, HeaderStyle))) { RowIndex = 1 });
            var line = 1u;
            foreach (var values in rows)
            {
                line++;
                var row = new Row { RowIndex = line };
                for (var i = 0; i < values.Count && i < columns.Count; i++)
                {
                    if (CellOf(sharedStrings, i, line, values[i], columns[i].Kind) is { } cell)
                    {
                        row.Append(cell);
                    }
                }

                writer.WriteElement(row);
            }

            writer.WriteEndElement();

            var validations = columns
                .Select((c, i) => (Column: c, Letter: ColumnLetter(i)))
                .Where(c => c.Column.Choices is { Count: > 0 } choices && ChoiceFormula(choices).Length <= MaxChoiceListLength)
                .Select(c => new DataValidation(new Formula1(ChoiceFormula(c.Column.Choices!)))
                {
                    Type = DataValidationValues.List,
                    AllowBlank = true,
                    ShowErrorMessage = true,
                    SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{c.Letter}2:{c.Letter}{ValidatedRows + 1}" },
                })
                .ToList();
            if (validations.Count > 0)
            {
                writer.WriteElement(new DataValidations(validations) { Count = (uint)validations.Count });
            }

            writer.WriteEndElement();
        }

        var sharedStringPart = workbookPart.AddNewPart<SharedStringTablePart>();
        sharedStringPart.SharedStringTable = sharedStrings.ToTable();
        workbookPart.Workbook.AppendChild(new Sheets(new DocumentFormat.OpenXml.Spreadsheet.Sheet
        {
            Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = 1, Name = sheetName,
        }));
        workbookPart.Workbook.Save();
    }

    private static Cell? CellOf(SharedStrings sharedStrings, int column, uint line, object? value, SheetColumnKind kind)
    {
        var reference = ColumnLetter(column) + line.ToString(CultureInfo.InvariantCulture);
        return value switch
        {
            null => null,
            string { Length: 0 } => null,
            string text => sharedStrings.Cell(column, line, text, kind == SheetColumnKind.Text ? TextStyle : null),
            DateOnly date => new Cell
            {
                CellReference = reference,
                StyleIndex = DateStyle,
                CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)),
            },
            IFormattable number => new Cell
            {
                CellReference = reference,
                DataType = CellValues.Number,
                CellValue = new CellValue(number.ToString(null, CultureInfo.InvariantCulture)),
            },
            _ => sharedStrings.Cell(column, line, value.ToString()!, null),
        };
    }

    private static UInt32Value? StyleOf(SheetColumnKind kind) => kind switch
    {
        SheetColumnKind.Text => TextStyle,
        SheetColumnKind.Date => DateStyle,
        _ => null,
    };

    private static string ChoiceFormula(IReadOnlyList<string> choices) => $"\"{string.Join(',', choices)}\"";

    public static string ColumnLetter(int index)
    {
        var letters = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + (n - 1) % 26) + letters;
        }

        return letters;
    }

    private static Stylesheet CreateStylesheet() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = "yyyy-mm-dd" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = DateFormatId, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = TextFormatId, ApplyNumberFormat = true }) { Count = 4 });

    /// <summary>The workbook's shared string table: repeated values (汉族, 正式党员) are stored once, as Excel does.</summary>
    private sealed class SharedStrings
    {
        private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);
        private readonly List<string> _texts = [];

        public Cell Cell(int column, uint line, string text, uint? style)
        {
            if (!_indexes.TryGetValue(text, out var index))
            {
                index = _texts.Count;
                _indexes.Add(text, index);
                _texts.Add(text);
            }

            var cell = new Cell
            {
                CellReference = ColumnLetter(column) + line.ToString(CultureInfo.InvariantCulture),
                DataType = CellValues.SharedString,
                CellValue = new CellValue(index.ToString(CultureInfo.InvariantCulture)),
            };
            if (style is { } s)
            {
                cell.StyleIndex = s;
            }

            return cell;
        }

        public SharedStringTable ToTable() =>
            new(_texts.Select(t => new SharedStringItem(new Text(t) { Space = SpaceProcessingModeValues.Preserve })))
            {
                Count = (uint)_texts.Count, UniqueCount = (uint)_texts.Count,
            };
    }
}

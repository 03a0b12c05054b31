using System.Globalization;
using System.IO.Compression;
using System.Text;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PartyBuilding.Framework.ExceptionHandling;

namespace PartyBuilding.Spreadsheets;

/// <summary>
/// Reads the first sheet of an uploaded .xlsx or .csv file into text rows. The format is decided by the content
/// (an .xlsx is a zip archive), not by the name alone, so a renamed file is read for what it is and a file that is
/// neither answers 400 instead of failing somewhere inside a parser.
/// </summary>
public static class SpreadsheetReader
{
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>Legacy .xls and password-protected .xlsx files are OLE compound documents.</summary>
    private static readonly byte[] CompoundDocumentMagic = [0xD0, 0xCF, 0x11, 0xE0];

    private static readonly byte[] Utf8ByteOrderMark = [0xEF, 0xBB, 0xBF];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Caps the characters one part may expand to, against zip bombs that pass the request size limit.</summary>
    private const long MaxCharactersInPart = 200_000_000;

    public static SpreadsheetFormat DetectFormat(ReadOnlySpan<byte> content, string? fileName)
    {
        var extension = Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant();
        if (content.StartsWith(ZipMagic))
        {
            return SpreadsheetFormat.Xlsx;
        }

        if (content.StartsWith(CompoundDocumentMagic) || extension is not (".csv" or ".xlsx" or ".txt" or ""))
        {
            throw new BusinessException(PartyBuildingErrorCodes.Import.UnsupportedFormat);
        }

        if (extension == ".xlsx" || !IsText(content))
        {
            throw new BusinessException(PartyBuildingErrorCodes.Import.UnreadableFile);
        }

        return SpreadsheetFormat.Csv;
    }

    /// <summary>Reads the file; more than <paramref name="maxRows"/> data rows answers 400 TooManyRows.</summary>
    public static SheetTable Read(byte[] content, string? fileName, int maxRows)
    {
        var rows = DetectFormat(content, fileName) == SpreadsheetFormat.Xlsx ? ReadXlsx(content) : ReadCsv(content);
        SheetRow? header = null;
        var data = new List<SheetRow>();
        foreach (var row in rows)
        {
            if (row.Cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (header is null)
            {
                header = row;
                continue;
            }

            if (data.Count == maxRows)
            {
                throw new BusinessException(PartyBuildingErrorCodes.Import.TooManyRows, 400, maxRows);
            }

            data.Add(row);
        }

        return header is null
            ? throw new BusinessException(PartyBuildingErrorCodes.Import.UnreadableFile)
            : new SheetTable(header, data);
    }

    private static bool IsText(ReadOnlySpan<byte> content)
    {
        try
        {
            var text = StrictUtf8.GetString(content);
            return !text.AsSpan().ContainsAnyInRange('\0', '\b');
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static List<SheetRow> ReadCsv(byte[] content)
    {
        var options = new CsvReaderOptions
        {
            HasHeader = false,
            // Blank lines stay records (skipped later) so RowNumber is the row Excel shows the record on.
            SkipEmptyLines = false,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MalformedData = CsvMalformedDataHandling.Recover,
            IncludeValuesInExceptions = false,
        };
        var rows = new List<SheetRow>();
        try
        {
            // Excel's "CSV UTF-8" starts with a byte-order mark that would otherwise stick to the first header.
            var text = content.AsSpan().StartsWith(Utf8ByteOrderMark) ? content.AsMemory(Utf8ByteOrderMark.Length) : content.AsMemory();
            using var reader = CsvReader.Create(text, options);
            while (reader.Read())
            {
                var cells = new string[reader.FieldCount];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = reader.GetString(i) ?? string.Empty;
                }

                rows.Add(new SheetRow((int)reader.RowNumber, cells));
            }
        }
        catch (Exception e) when (e is not BusinessException)
        {
            // Whatever the parser stumbles on in a file from outside, the answer is "unreadable", never a 500.
            throw new BusinessException(PartyBuildingErrorCodes.Import.UnreadableFile);
        }

        return rows;
    }

    private static List<SheetRow> ReadXlsx(byte[] content)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var document = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            var workbookPart = document.WorkbookPart
                ?? throw new BusinessException(PartyBuildingErrorCodes.Import.UnreadableFile);
            var firstSheet = workbookPart.Workbook.Sheets?.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().FirstOrDefault();
            if (firstSheet?.Id?.Value is not { } partId || workbookPart.GetPartById(partId) is not WorksheetPart worksheetPart)
            {
                throw new BusinessException(PartyBuildingErrorCodes.Import.UnreadableFile);
            }

            var cells = new XlsxCellReader(workbookPart);
            var rows = new List<SheetRow>();
            using var reader = OpenXmlReader.Create(worksheetPart);
            var lastLine = 0;
            while (reader.Read())
            {
                if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
                {
                    continue;
                }

                var row = (Row)reader.LoadCurrentElement()!;
                var line = row.RowIndex?.Value is { } index ? (int)index : lastLine + 1;
                lastLine = line;
                rows.Add(new SheetRow(line, cells.Read(row)));
            }

            return rows;
        }
        catch (Exception e) when (e is not BusinessException)
        {
            // Whatever the package or XML layer stumbles on in a file from outside, the answer is "unreadable".
            throw new BusinessException(PartyBuildingErrorCodes.Import.UnreadableFile);
        }
    }

    /// <summary>Turns the cells of a row into text by column letter, so skipped (empty) cells keep later cells in place.</summary>
    private sealed class XlsxCellReader
    {
        private readonly IReadOnlyList<string> _sharedStrings;
        private readonly HashSet<uint> _dateStyles;

        public XlsxCellReader(WorkbookPart workbookPart)
        {
            _sharedStrings = workbookPart.SharedStringTablePart?.SharedStringTable?
                .Elements<SharedStringItem>().Select(TextOf).ToList() ?? [];
            _dateStyles = DateStylesOf(workbookPart.WorkbookStylesPart?.Stylesheet);
        }

        public IReadOnlyList<string> Read(Row row)
        {
            var values = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnIndexOf(reference) : values.Count;
                while (values.Count < column)
                {
                    values.Add(string.Empty);
                }

                var text = ValueOf(cell);
                if (column < values.Count)
                {
                    values[column] = text;
                }
                else
                {
                    values.Add(text);
                }
            }

            return values;
        }

        private string ValueOf(Cell cell)
        {
            var raw = cell.CellValue?.Text;
            var type = cell.DataType?.Value;
            if (type == CellValues.InlineString)
            {
                return cell.InlineString is { } inline ? TextOf(inline) : string.Empty;
            }

            if (raw is null)
            {
                return string.Empty;
            }

            if (type == CellValues.SharedString)
            {
                return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index)
                       && index >= 0 && index < _sharedStrings.Count
                    ? _sharedStrings[index]
                    : throw new InvalidDataException("Shared string index out of range.");
            }

            if (type == CellValues.Boolean)
            {
                return raw == "1" ? bool.TrueString : bool.FalseString;
            }

            if ((type is null || type == CellValues.Number)
                && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                if (cell.StyleIndex?.Value is { } style && _dateStyles.Contains(style) && number is >= 1 and < 2958466)
                {
                    return DateOnly.FromDateTime(DateTime.FromOADate(number)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                }

                // Whole numbers (phone numbers typed as numbers) without a decimal point or exponent.
                return number == Math.Floor(number) && Math.Abs(number) < 1e15
                    ? ((long)number).ToString(CultureInfo.InvariantCulture)
                    : number.ToString("R", CultureInfo.InvariantCulture);
            }

            return raw;
        }

        /// <summary>The text of a shared or inline string, leaving out phonetic guides (ruby) that Excel stores alongside.</summary>
        private static string TextOf(OpenXmlElement item) =>
            string.Concat(item.Descendants<Text>().Where(t => t.Parent is not PhoneticRun).Select(t => t.Text));

        private static int ColumnIndexOf(string reference)
        {
            var index = 0;
            foreach (var c in reference)
            {
                if (c is < 'A' or > 'Z')
                {
                    break;
                }

                index = index * 26 + (c - 'A' + 1);
            }

            return index - 1;
        }

        private static HashSet<uint> DateStylesOf(Stylesheet? stylesheet)
        {
            var customDateFormats = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
                .Where(f => f.NumberFormatId?.Value is not null && IsDateFormatCode(f.FormatCode?.Value))
                .Select(f => f.NumberFormatId!.Value)
                .ToHashSet() ?? [];
            var styles = new HashSet<uint>();
            var index = 0u;
            foreach (var format in stylesheet?.CellFormats?.Elements<CellFormat>() ?? [])
            {
                var id = format.NumberFormatId?.Value ?? 0;
                if (IsBuiltInDateFormat(id) || customDateFormats.Contains(id))
                {
                    styles.Add(index);
                }

                index++;
            }

            return styles;
        }

        /// <summary>The built-in number formats of ECMA-376 §18.8.30 that show a date (with or without the time).</summary>
        private static bool IsBuiltInDateFormat(uint id) => id is >= 14 and <= 17 or 22 or >= 27 and <= 36 or >= 50 and <= 58;

        private static bool IsDateFormatCode(string? code)
        {
            if (string.IsNullOrEmpty(code))
            {
                return false;
            }

            // Quoted literals and [colour]/[locale] sections hold letters that are not date parts.
            var format = new StringBuilder();
            var quoted = false;
            var bracketed = false;
            foreach (var c in code)
            {
                if (c == '"')
                {
                    quoted = !quoted;
                }
                else if (!quoted && c == '[')
                {
                    bracketed = true;
                }
                else if (!quoted && c == ']')
                {
                    bracketed = false;
                }
                else if (!quoted && !bracketed)
                {
                    format.Append(char.ToLowerInvariant(c));
                }
            }

            var letters = format.ToString();
            return letters.Contains('y') || letters.Contains('d');
        }
    }
}

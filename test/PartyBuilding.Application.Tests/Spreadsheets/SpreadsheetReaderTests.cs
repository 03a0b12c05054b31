using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PartyBuilding.Framework.ExceptionHandling;
using Shouldly;
using Xunit;

namespace PartyBuilding.Spreadsheets;

/// <summary>The reader on files built cell by cell, as Excel and WPS write them, not only as our writer does.</summary>
public sealed class SpreadsheetReaderTests
{
    private const uint BuiltInDateStyle = 1;
    private const uint CustomDateStyle = 2;

    /// <summary>
    /// Row 1: header in shared strings. Row 3 (row 2 left out, as Excel does for an empty row): A3 a shared string
    /// with rich-text runs, C3 an inline string (B3 missing), D3 a date serial in a built-in date format, E3 an
    /// 11-digit number, F3 a serial in a custom 年月日 format, G3 a plain decimal.
    /// </summary>
    private static byte[] HandBuiltXlsx()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = new Stylesheet(
                new NumberingFormats(new NumberingFormat { NumberFormatId = 165, FormatCode = "yyyy\"年\"m\"月\"d\"日\"" }),
                new Fonts(new Font()), new Fills(new Fill()), new Borders(new Border()), new CellStyleFormats(new CellFormat()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14 }, new CellFormat { NumberFormatId = 165 }));
            workbook.AddNewPart<SharedStringTablePart>().SharedStringTable = new SharedStringTable(
                new SharedStringItem(new Text("姓名")),
                new SharedStringItem(new Text("备注")),
                new SharedStringItem(new Run(new Text("张")), new Run(new Text("三"))));
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(new SheetData(
                new Row(
                    new Cell { CellReference = "A1", DataType = CellValues.SharedString, CellValue = new CellValue("0") },
                    new Cell { CellReference = "C1", DataType = CellValues.SharedString, CellValue = new CellValue("1") })
                {
                    RowIndex = 1,
                },
                new Row(
                    new Cell { CellReference = "A3", DataType = CellValues.SharedString, CellValue = new CellValue("2") },
                    new Cell { CellReference = "C3", DataType = CellValues.InlineString, InlineString = new InlineString(new Text("行内文字")) },
                    new Cell { CellReference = "D3", StyleIndex = BuiltInDateStyle, CellValue = new CellValue("45352") },
                    new Cell { CellReference = "E3", CellValue = new CellValue("13800000000") },
                    new Cell { CellReference = "F3", StyleIndex = CustomDateStyle, CellValue = new CellValue("29221") },
                    new Cell { CellReference = "G3", CellValue = new CellValue("1.5") })
                {
                    RowIndex = 3,
                }));
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Sheet1" }));
        }

        return stream.ToArray();
    }

    [Fact]
    public void Should_read_shared_and_inline_strings_dates_and_numbers_by_cell_reference()
    {
        var sheet = SpreadsheetReader.Read(HandBuiltXlsx(), "hand.xlsx", 100);

        sheet.Header.Cells.ShouldBe(["姓名", "", "备注"]);
        var row = sheet.Rows.ShouldHaveSingleItem();
        row.Line.ShouldBe(3);
        row.Cells.ShouldBe(["张三", "", "行内文字", "2024-03-01", "13800000000", "1980-01-01", "1.5"]);
        row[1].ShouldBeNull();
    }

    [Fact]
    public void Should_read_what_the_writer_wrote()
    {
        var columns = new[] { new SheetColumn("身份证号码", Kind: SheetColumnKind.Text), new SheetColumn("日期", Kind: SheetColumnKind.Date) };
        var content = SpreadsheetWriter.Write(
            SpreadsheetFormat.Xlsx, "名册", columns, [["150424198001010011", new DateOnly(2007, 7, 1)], [null, null], ["x", null]]);

        var sheet = SpreadsheetReader.Read(content, null, 100);

        sheet.Rows.Select(r => (r.Line, r.Cells[0])).ShouldBe([(2, "150424198001010011"), (4, "x")]);
        sheet.Rows[0].Cells[1].ShouldBe("2007-07-01");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Should_read_utf8_csv_with_or_without_a_byte_order_mark(bool withBom)
    {
        var text = "姓名,备注\r\n\r\n张三,\"有逗号, 也有\"\"引号\"\"\"\r\n";
        var content = (withBom ? Encoding.UTF8.GetPreamble() : []).Concat(Encoding.UTF8.GetBytes(text)).ToArray();

        var sheet = SpreadsheetReader.Read(content, "members.csv", 100);

        sheet.Header.Cells.ShouldBe(["姓名", "备注"]);
        var row = sheet.Rows.ShouldHaveSingleItem();
        row.Line.ShouldBe(3);
        row.Cells.ShouldBe(["张三", "有逗号, 也有\"引号\""]);
    }

    [Fact]
    public void Should_detect_an_xlsx_by_its_content_whatever_its_name()
    {
        SpreadsheetReader.DetectFormat(HandBuiltXlsx(), "renamed.csv").ShouldBe(SpreadsheetFormat.Xlsx);
        SpreadsheetReader.DetectFormat("a,b"u8, "plain.csv").ShouldBe(SpreadsheetFormat.Csv);
    }

    [Fact]
    public void Should_refuse_a_gbk_csv_as_unreadable()
    {
        var gbk = new byte[] { 0xD0, 0xD5, 0xC3, 0xFB, 0x0D, 0x0A }; // 姓名 in GBK

        Should.Throw<BusinessException>(() => SpreadsheetReader.Read(gbk, "gbk.csv", 100))
            .Code.ShouldBe(PartyBuildingErrorCodes.Import.UnreadableFile);
    }

    [Fact]
    public void Should_answer_TooManyRows_When_the_file_has_more_rows_than_allowed()
    {
        var content = Encoding.UTF8.GetBytes("姓名\n甲\n乙\n丙\n");

        var refusal = Should.Throw<BusinessException>(() => SpreadsheetReader.Read(content, "many.csv", 2));

        refusal.Code.ShouldBe(PartyBuildingErrorCodes.Import.TooManyRows);
        refusal.Arguments.ShouldBe([2]);
    }
}

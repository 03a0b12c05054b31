using PartyBuilding.Framework.ExceptionHandling;

namespace PartyBuilding.Spreadsheets;

/// <summary>The <c>format</c> parameter of template downloads and the file answered for it.</summary>
public static class TemplateFormats
{
    public static SpreadsheetFormat Parse(string? format) => format?.Trim().ToLowerInvariant() switch
    {
        null or "" or "xlsx" => SpreadsheetFormat.Xlsx,
        "csv" => SpreadsheetFormat.Csv,
        _ => throw new BusinessException(PartyBuildingErrorCodes.Import.UnsupportedFormat),
    };

    public static FileContentDto File(SpreadsheetFormat format, string baseName, byte[] content) =>
        new(content, SpreadsheetWriter.ContentTypeOf(format), baseName + (format == SpreadsheetFormat.Xlsx ? ".xlsx" : ".csv"));
}

namespace PartyBuilding.Spreadsheets;

/// <summary>What happens to the valid rows of a file in which some rows are rejected.</summary>
public enum ImportMode
{
    /// <summary>One rejected row and nothing is written (422 with the report).</summary>
    AllOrNothing = 0,

    /// <summary>The valid rows are written; the rejected ones are reported.</summary>
    ValidRowsOnly = 1,
}

public sealed class ImportInput
{
    public ImportMode Mode { get; set; }

    /// <summary>Validate and report only: nothing is written whatever the mode.</summary>
    public bool DryRun { get; set; }
}

/// <summary>One problem of one row: the line as the sheet shows it (header = 1), the column header, and why.</summary>
public sealed record ImportRowMessageDto(int Line, string? Column, string Message);

public sealed class ImportResultDto
{
    public int TotalRows { get; set; }

    public int Created { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    public int Rejected { get; set; }

    /// <summary>Every problem found, ordered by line; a rejected row may have several.</summary>
    public List<ImportRowMessageDto> Rows { get; set; } = [];
}

/// <summary>A file for the client to download.</summary>
public sealed record FileContentDto(byte[] Content, string ContentType, string FileName);

/// <summary>An uploaded file as the import reads it.</summary>
public sealed record UploadedFileDto(byte[] Content, string? FileName);

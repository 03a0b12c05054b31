using Microsoft.Extensions.Logging;
using PartyBuilding.Data;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Framework.Localization;

namespace PartyBuilding.Spreadsheets;

public enum ImportOutcome
{
    Created = 1,
    Updated = 2,
    Unchanged = 3,
    Rejected = 4,
}

/// <summary>
/// The course every import takes, whatever it imports: read the file, find the columns, hand each row to the
/// module's row handler (which validates through the module's domain services and stages its changes in the unit
/// of work), then write every staged change in one transaction, or nothing when the mode, a dry run or rejected
/// rows say so. A module may first see all rows at once (<c>prepareRows</c>) to load in a few queries what its
/// row handler would otherwise look up row by row.
/// </summary>
public sealed partial class SpreadsheetImporter(TextLocalizer localizer, ILogger<SpreadsheetImporter> logger)
{
    /// <summary>Rows per file: a committee's whole register fits; a runaway file is refused before it is parsed further.</summary>
    public const int MaxRows = 20_000;

    public async Task<ImportResultDto> RunAsync(
        UploadedFileDto file, ImportInput input, IReadOnlyList<ImportColumn> columns, IUnitOfWork unitOfWork,
        Func<ImportRow, CancellationToken, Task<ImportOutcome>> handleRow, CancellationToken cancellationToken,
        Func<IReadOnlyList<ImportRow>, CancellationToken, Task>? prepareRows = null)
    {
        var sheet = SpreadsheetReader.Read(file.Content, file.FileName, MaxRows);
        var located = ImportColumns.Locate(sheet.Header, columns, localizer);
        var result = new ImportResultDto { TotalRows = sheet.Rows.Count };
        var rows = sheet.Rows.Select(r => new ImportRow(r, located, localizer)).ToList();
        LogChecking(result.TotalRows);
        // Every query of a row would otherwise scan every entity the file has added so far: quadratic in the
        // file's length. Rows record their changes explicitly; one scan before the save finds them all.
        var tracker = unitOfWork.ChangeTracker;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            if (prepareRows is not null)
            {
                await prepareRows(rows, cancellationToken);
            }

            await HandleRowsAsync(rows, result, handleRow, cancellationToken);
        }
        finally
        {
            tracker.DetectChanges();
            tracker.AutoDetectChangesEnabled = true;
        }

        if (input.DryRun)
        {
            return result;
        }

        if (result.Rejected > 0 && input.Mode == ImportMode.AllOrNothing)
        {
            throw new BusinessException(PartyBuildingErrorCodes.Import.RowsRejected, 422, result.Rejected)
                .WithExtension("rows", result.Rows);
        }

        await using var transaction = await unitOfWork.Database.BeginTransactionAsync(cancellationToken);
        LogSaving(result.Created, result.Updated);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    private static async Task HandleRowsAsync(
        List<ImportRow> rows, ImportResultDto result,
        Func<ImportRow, CancellationToken, Task<ImportOutcome>> handleRow, CancellationToken cancellationToken)
    {
        foreach (var row in rows)
        {
            var outcome = await handleRow(row, cancellationToken);
            switch (row.IsRejected ? ImportOutcome.Rejected : outcome)
            {
                case ImportOutcome.Created:
                    result.Created++;
                    break;
                case ImportOutcome.Updated:
                    result.Updated++;
                    break;
                case ImportOutcome.Unchanged:
                    result.Unchanged++;
                    break;
                default:
                    result.Rejected++;
                    break;
            }

            result.Rows.AddRange(row.Messages);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Import: checking {Rows} rows")]
    private partial void LogChecking(int rows);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import: saving {Created} new and {Updated} changed rows")]
    private partial void LogSaving(int created, int updated);
}

using Microsoft.AspNetCore.Mvc;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Spreadsheets;

namespace PartyBuilding.Controllers.Spreadsheets;

/// <summary>The multipart form of an import: the file, the mode and whether to validate only.</summary>
public sealed class ImportRequest
{
    public IFormFile? File { get; set; }

    public ImportMode Mode { get; set; }

    public bool DryRun { get; set; }

    public async Task<UploadedFileDto> ReadFileAsync(CancellationToken cancellationToken)
    {
        if (File is null || File.Length == 0)
        {
            throw new BusinessException(PartyBuildingErrorCodes.Import.UnreadableFile);
        }

        // The host caps request bodies at 30 MB, so the file fits in memory; parsers need to seek in it anyway.
        using var buffer = new MemoryStream((int)File.Length);
        await File.CopyToAsync(buffer, cancellationToken);
        return new UploadedFileDto(buffer.ToArray(), File.FileName);
    }

    public ImportInput ToInput() => new() { Mode = Mode, DryRun = DryRun };
}

public static class FileDownloads
{
    public static FileContentResult Download(this ControllerBase controller, FileContentDto file) =>
        controller.File(file.Content, file.ContentType, file.FileName);
}

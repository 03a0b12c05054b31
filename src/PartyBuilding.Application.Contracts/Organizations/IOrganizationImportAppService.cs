using PartyBuilding.Spreadsheets;

namespace PartyBuilding.Organizations;

public interface IOrganizationImportAppService
{
    /// <param name="format">"xlsx" or "csv".</param>
    Task<FileContentDto> GetTemplateAsync(string? format, CancellationToken cancellationToken = default);

    Task<ImportResultDto> ImportAsync(UploadedFileDto file, ImportInput input, CancellationToken cancellationToken = default);
}

using PartyBuilding.Spreadsheets;

namespace PartyBuilding.Members;

public interface IMemberImportAppService
{
    /// <param name="format">"xlsx" or "csv".</param>
    /// <param name="withDemoRows">About twenty realistic people placed in the committee's branches instead of one sample row.</param>
    Task<FileContentDto> GetTemplateAsync(string? format, bool withDemoRows, CancellationToken cancellationToken = default);

    Task<ImportResultDto> ImportAsync(UploadedFileDto file, ImportInput input, CancellationToken cancellationToken = default);

    /// <summary>The list of <c>GET /api/members</c> with the same filters, as .xlsx in the template's columns.</summary>
    Task<FileContentDto> ExportAsync(GetMemberListInput input, CancellationToken cancellationToken = default);
}

using Microsoft.EntityFrameworkCore;
using PartyBuilding.Framework.BlobStoring;
using PartyBuilding.Framework.Content;
using PartyBuilding.Framework.ExceptionHandling;
using PartyBuilding.Framework.MultiTenancy;

namespace PartyBuilding.Files;

/// <summary>
/// Streams uploads into the committee's blob container while counting and hashing them, recognises the type from
/// the stored bytes, and keeps one row per file. A refused upload leaves neither a row nor a blob.
/// </summary>
public sealed class AttachmentStore(IFilesDbContext db, IBlobStore blobs, ICurrentTenant currentTenant) : IAttachmentStore
{
    private const string HostContainer = "host";
    private const string FallbackFileName = "attachment";

    // Characters that break a file name on some system or in a Content-Disposition header.
    private static readonly char[] UnsafeFileNameCharacters = ['<', '>', ':', '"', '/', '\\', '|', '?', '*'];

    private string Container => currentTenant.Id?.ToString("N") ?? HostContainer;

    public async Task<AttachmentDto> AddAsync(
        string ownerType, Guid ownerId, AttachmentKind kind, string? fileName, Stream content, CancellationToken cancellationToken = default)
    {
        var container = Container;
        await using var metered = new MeteredReadStream(content, FileConsts.MaxAttachmentBytes, () =>
            new BusinessException(PartyBuildingErrorCodes.Files.FileTooLarge, 400, FileConsts.MaxAttachmentBytes / (1024 * 1024)));
        var blobName = await blobs.SaveAsync(container, metered, cancellationToken);
        try
        {
            if (metered.BytesRead == 0)
            {
                throw new BusinessException(PartyBuildingErrorCodes.Files.EmptyFile);
            }

            string? contentType;
            await using (var stored = blobs.Open(container, blobName) ?? throw new InvalidOperationException("A blob just saved is missing."))
            {
                contentType = FileSignature.ContentTypeOf(stored);
            }

            var attachment = new Attachment(
                Guid.CreateVersion7(), ownerType, ownerId, kind, SafeFileName(fileName),
                contentType ?? throw new BusinessException(PartyBuildingErrorCodes.Files.UnsupportedFileType),
                metered.BytesRead, metered.Sha256Hex(), blobName);
            db.Attachments.Add(attachment);
            await db.SaveChangesAsync(cancellationToken);
            return ToDto(attachment);
        }
        catch
        {
            blobs.Delete(container, blobName);
            throw;
        }
    }

    public async Task<IReadOnlyList<AttachmentDto>> ListAsync(string ownerType, Guid ownerId, CancellationToken cancellationToken = default) =>
        (await db.Attachments.AsNoTracking()
            .Where(a => a.OwnerType == ownerType && a.OwnerId == ownerId)
            .OrderBy(a => a.CreationTime).ThenBy(a => a.Id)
            .ToListAsync(cancellationToken))
        .ConvertAll(ToDto);

    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<AttachmentDto>>> ListByOwnersAsync(
        string ownerType, IReadOnlyCollection<Guid> ownerIds, AttachmentKind? kind = null, CancellationToken cancellationToken = default)
    {
        if (ownerIds.Count == 0)
        {
            return new Dictionary<Guid, IReadOnlyList<AttachmentDto>>();
        }

        var query = db.Attachments.AsNoTracking().Where(a => a.OwnerType == ownerType && ownerIds.Contains(a.OwnerId));
        if (kind is { } wanted)
        {
            query = query.Where(a => a.Kind == wanted);
        }

        var rows = await query.OrderBy(a => a.CreationTime).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        return rows.GroupBy(a => a.OwnerId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<AttachmentDto>)g.Select(ToDto).ToList());
    }

    public async Task<AttachmentContent> OpenAsync(
        string ownerType, Guid ownerId, Guid attachmentId, CancellationToken cancellationToken = default)
    {
        var attachment = await FindAsync(ownerType, ownerId, attachmentId, track: false, cancellationToken);
        var content = blobs.Open(Container, attachment.BlobName) ?? throw new EntityNotFoundException(nameof(Attachment), attachmentId);
        return new AttachmentContent(attachment.FileName, attachment.ContentType, content);
    }

    public async Task DeleteAsync(string ownerType, Guid ownerId, Guid attachmentId, CancellationToken cancellationToken = default)
    {
        var attachment = await FindAsync(ownerType, ownerId, attachmentId, track: true, cancellationToken);
        db.Attachments.Remove(attachment);
        await db.SaveChangesAsync(cancellationToken);
        // Only once the row is gone: a failed save must not leave a row pointing at nothing (ADR 0010).
        blobs.Delete(Container, attachment.BlobName);
    }

    /// <summary>The last segment of the uploader's name, without characters that are unsafe in names or headers, shortened to fit.</summary>
    internal static string SafeFileName(string? fileName)
    {
        var name = fileName ?? string.Empty;
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        name = new string(name.Where(c => !char.IsControl(c) && Array.IndexOf(UnsafeFileNameCharacters, c) < 0).ToArray()).Trim().Trim('.');
        if (name.Length == 0)
        {
            return FallbackFileName;
        }

        if (name.Length <= FileConsts.MaxFileNameLength)
        {
            return name;
        }

        var extension = Path.GetExtension(name);
        extension = extension.Length <= 16 ? extension : string.Empty;
        return name[..(FileConsts.MaxFileNameLength - extension.Length)] + extension;
    }

    private async Task<Attachment> FindAsync(
        string ownerType, Guid ownerId, Guid attachmentId, bool track, CancellationToken cancellationToken)
    {
        var query = track ? db.Attachments : db.Attachments.AsNoTracking();
        return await query.FirstOrDefaultAsync(
                a => a.Id == attachmentId && a.OwnerType == ownerType && a.OwnerId == ownerId, cancellationToken)
            ?? throw new EntityNotFoundException(nameof(Attachment), attachmentId);
    }

    private static AttachmentDto ToDto(Attachment attachment) => new()
    {
        Id = attachment.Id,
        Kind = attachment.Kind,
        FileName = attachment.FileName,
        ContentType = attachment.ContentType,
        Size = attachment.Size,
        CreationTime = attachment.CreationTime,
        CreatorId = attachment.CreatorId,
    };
}

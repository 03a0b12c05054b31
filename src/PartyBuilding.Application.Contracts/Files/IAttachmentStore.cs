namespace PartyBuilding.Files;

/// <summary>
/// Attachments of other modules' records (the Files module). An owner is a record type and id; the owning module
/// checks the caller's reach and whether the record may still change before it calls, this store checks the file.
/// </summary>
public interface IAttachmentStore
{
    /// <summary>
    /// Stores the file when its content is a known type (<c>…:UnsupportedFileType</c>), not empty
    /// (<c>…:EmptyFile</c>) and at most <see cref="FileConsts.MaxAttachmentBytes"/> (<c>…:FileTooLarge</c>, found
    /// while streaming, so a large upload is never held in memory), and saves its row.
    /// </summary>
    Task<AttachmentDto> AddAsync(
        string ownerType, Guid ownerId, AttachmentKind kind, string? fileName, Stream content, CancellationToken cancellationToken = default);

    /// <summary>The owner's attachments, oldest first.</summary>
    Task<IReadOnlyList<AttachmentDto>> ListAsync(string ownerType, Guid ownerId, CancellationToken cancellationToken = default);

    /// <summary>The attachments of many owners at once (list pages, inspections), optionally of one kind; owners without any are absent.</summary>
    Task<IReadOnlyDictionary<Guid, IReadOnlyList<AttachmentDto>>> ListByOwnersAsync(
        string ownerType, IReadOnlyCollection<Guid> ownerIds, AttachmentKind? kind = null, CancellationToken cancellationToken = default);

    /// <summary>The content of one attachment of the owner; 404 when the owner has no such attachment.</summary>
    Task<AttachmentContent> OpenAsync(string ownerType, Guid ownerId, Guid attachmentId, CancellationToken cancellationToken = default);

    /// <summary>Deletes the row, then the blob; 404 when the owner has no such attachment.</summary>
    Task DeleteAsync(string ownerType, Guid ownerId, Guid attachmentId, CancellationToken cancellationToken = default);
}

using PartyBuilding.Framework.Auditing;
using PartyBuilding.Framework.Domain.Entities;
using PartyBuilding.Framework.Domain.Entities.Auditing;
using PartyBuilding.Framework.MultiTenancy;

namespace PartyBuilding.Files;

/// <summary>
/// A file kept as evidence of another module's record (a meeting, an activity). The bytes live in the blob
/// store; the row keeps what the platform knows about them. Never changed: a wrong file is deleted and uploaded again.
/// </summary>
[Audited]
public sealed class Attachment : Entity<Guid>, IMultiTenant, ICreationAudited
{
    private Attachment()
    {
    }

    public Attachment(
        Guid id, string ownerType, Guid ownerId, AttachmentKind kind, string fileName, string contentType, long size,
        string sha256, string blobName) : base(id)
    {
        OwnerType = ownerType;
        OwnerId = ownerId;
        Kind = kind;
        FileName = fileName;
        ContentType = contentType;
        Size = size;
        Sha256 = sha256;
        BlobName = blobName;
    }

    public Guid? TenantId { get; private set; }

    /// <summary>The owning module's name for the record type, e.g. <c>Meeting</c> or <c>Activity</c>.</summary>
    public string OwnerType { get; private set; } = null!;

    public Guid OwnerId { get; private set; }

    public AttachmentKind Kind { get; private set; }

    /// <summary>The uploader's file name without any folder part, for display and download only.</summary>
    public string FileName { get; private set; } = null!;

    /// <summary>The type recognised from the content, never the one the client declared.</summary>
    public string ContentType { get; private set; } = null!;

    public long Size { get; private set; }

    /// <summary>Lowercase hex SHA-256 of the content, to prove later that the evidence is unchanged.</summary>
    public string Sha256 { get; private set; } = null!;

    /// <summary>The blob's generated name in the committee's container; never leaves the server.</summary>
    [DisableAuditing]
    public string BlobName { get; private set; } = null!;

    public DateTime CreationTime { get; private set; }

    public Guid? CreatorId { get; private set; }
}

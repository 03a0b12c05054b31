namespace PartyBuilding.Files;

public sealed class AttachmentDto
{
    public Guid Id { get; set; }

    public AttachmentKind Kind { get; set; }

    public string FileName { get; set; } = null!;

    public string ContentType { get; set; } = null!;

    public long Size { get; set; }

    public DateTime CreationTime { get; set; }

    public Guid? CreatorId { get; set; }
}

/// <summary>An attachment opened for download; the caller disposes <see cref="Content"/> (a result that streams it does).</summary>
public sealed record AttachmentContent(string FileName, string ContentType, Stream Content);

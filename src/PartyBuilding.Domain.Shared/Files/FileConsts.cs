namespace PartyBuilding.Files;

/// <summary>What an attachment is evidence of; DOMAIN.md §2.2 names the evidence a meeting usually needs (通知、纪要、决议、签到表、现场照片).</summary>
public enum AttachmentKind
{
    SignInSheet = 1,
    Photo = 2,
    Minutes = 3,
    Notice = 4,
    Resolution = 5,
    Other = 9,
}

public static class FileConsts
{
    /// <summary>
    /// The largest attachment: a scanned sign-in sheet or a phone photo fits easily. A constant of the platform
    /// (it sizes the storage), not a Party rule.
    /// </summary>
    public const int MaxAttachmentBytes = 20 * 1024 * 1024;

    /// <summary>Room for the multipart framing and the form's other fields around the file.</summary>
    public const int MaxUploadOverheadBytes = 64 * 1024;

    public const int MaxFileNameLength = 200;
    public const int MaxOwnerTypeLength = 32;
    public const int MaxContentTypeLength = 128;
    public const int Sha256HexLength = 64;
    public const int MaxBlobNameLength = 64;
}

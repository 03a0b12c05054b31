namespace PartyBuilding.Organizations;

/// <summary>
/// Recognises an image by its leading bytes, never by the file name or the client's content type: an upload is
/// served back to browsers, so only formats the console displays are stored.
/// </summary>
public static class LogoImage
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Riff = "RIFF"u8.ToArray();
    private static readonly byte[] WebP = "WEBP"u8.ToArray();

    /// <summary>The content type of a PNG, JPEG or WebP image; null for anything else.</summary>
    public static string? ContentTypeOf(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(Png))
        {
            return "image/png";
        }

        if (content.StartsWith(Jpeg))
        {
            return "image/jpeg";
        }

        return content.Length > 12 && content.StartsWith(Riff) && content[8..12].SequenceEqual(WebP) ? "image/webp" : null;
    }
}

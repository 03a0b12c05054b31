namespace PartyBuilding.Members;

/// <summary>
/// Recognises uploaded images by their first bytes: the file name and the declared content type are the
/// uploader's claim, and a browser renders what the bytes are.
/// </summary>
public static class ImageFormat
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];

    /// <summary><c>image/png</c>, <c>image/jpeg</c> or <c>image/webp</c>; null for anything else.</summary>
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

        return content.Length >= 12 && content[..4].SequenceEqual("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8)
            ? "image/webp"
            : null;
    }

    /// <summary>The whole stream when it holds at most <paramref name="maxBytes"/>; null as soon as it passes them.</summary>
    public static async Task<byte[]?> ReadAtMostAsync(Stream content, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}

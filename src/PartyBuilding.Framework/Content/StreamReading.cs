namespace PartyBuilding.Framework.Content;

public static class StreamReading
{
    /// <summary>The whole stream when it holds at most <paramref name="maxBytes"/>; null as soon as it passes them.</summary>
    public static async Task<byte[]?> ReadAtMostAsync(this Stream content, int maxBytes, CancellationToken cancellationToken = default)
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

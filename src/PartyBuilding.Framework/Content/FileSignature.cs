using System.Buffers.Binary;
using System.Collections.Frozen;
using System.IO.Compression;

namespace PartyBuilding.Framework.Content;

/// <summary>
/// Recognises an upload by its bytes, never by its name or the client's declared type: uploads are served back
/// to browsers, which render what the bytes are, so only formats the platform knows are stored.
/// </summary>
public static class FileSignature
{
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";
    public const string Gif = "image/gif";
    public const string WebP = "image/webp";
    public const string Pdf = "application/pdf";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Pptx = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    public const string Doc = "application/msword";
    public const string Xls = "application/vnd.ms-excel";
    public const string Ppt = "application/vnd.ms-powerpoint";

    /// <summary>Enough leading bytes for every magic number below.</summary>
    public const int HeaderLength = 16;

    private static readonly FrozenSet<string> PhotoTypes = FrozenSet.ToFrozenSet([Png, Jpeg, WebP], StringComparer.Ordinal);

    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Ole2Magic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>The type of a file whose first bytes alone tell it: PNG, JPEG, GIF, WebP or PDF; null otherwise.</summary>
    public static string? ContentTypeOf(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith(PngMagic))
        {
            return Png;
        }

        if (header.StartsWith(JpegMagic))
        {
            return Jpeg;
        }

        if (header.StartsWith("GIF87a"u8) || header.StartsWith("GIF89a"u8))
        {
            return Gif;
        }

        if (header.Length >= 12 && header.StartsWith("RIFF"u8) && header[8..12].SequenceEqual("WEBP"u8))
        {
            return WebP;
        }

        return header.StartsWith("%PDF-"u8) ? Pdf : null;
    }

    /// <summary>
    /// The type of a member photo or a brand logo: PNG, JPEG or WebP, what every browser the console supports
    /// displays; null for anything else.
    /// </summary>
    public static string? PhotoTypeOf(ReadOnlySpan<byte> content) =>
        ContentTypeOf(content) is { } type && PhotoTypes.Contains(type) ? type : null;

    /// <summary>
    /// The type of a whole file: the types of <see cref="ContentTypeOf(ReadOnlySpan{byte})"/>, Office Open XML
    /// documents (a zip with the parts of Word, Excel or PowerPoint) and legacy Office files (an OLE2 compound
    /// file with a Word, Excel or PowerPoint stream); null for anything else, other zips and OLE2 files included.
    /// </summary>
    /// <param name="content">A seekable stream positioned at the start; it is left open.</param>
    public static string? ContentTypeOf(Stream content)
    {
        Span<byte> header = stackalloc byte[HeaderLength];
        var length = content.ReadAtLeast(header, HeaderLength, throwOnEndOfStream: false);
        header = header[..length];
        content.Position = 0;
        if (ContentTypeOf(header) is { } simple)
        {
            return simple;
        }

        if (header.StartsWith(ZipMagic))
        {
            return OfficeOpenXmlTypeOf(content);
        }

        return header.StartsWith(Ole2Magic) ? LegacyOfficeTypeOf(content) : null;
    }

    private static string? OfficeOpenXmlTypeOf(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            var names = zip.Entries.Select(e => e.FullName).ToList();
            if (!names.Contains("[Content_Types].xml", StringComparer.Ordinal))
            {
                return null;
            }

            bool Has(string folder) => names.Any(n => n.StartsWith(folder, StringComparison.Ordinal));
            return Has("word/") ? Docx : Has("xl/") ? Xlsx : Has("ppt/") ? Pptx : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>
    /// Walks the directory of an OLE2 compound file (MS-CFB) for the stream that names the application. Only the
    /// FAT sectors listed in the header are followed (files up to several hundred megabytes), which covers every
    /// attachment the platform accepts; a damaged or cyclic chain ends the walk.
    /// </summary>
    private static string? LegacyOfficeTypeOf(Stream content)
    {
        const int headerSize = 512;
        const int directoryEntrySize = 128;
        const uint endOfChain = 0xFFFFFFFE;
        var header = new byte[headerSize];
        if (content.ReadAtLeast(header, headerSize, throwOnEndOfStream: false) < headerSize)
        {
            return null;
        }

        var sectorShift = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(0x1E));
        if (sectorShift is not (9 or 12))
        {
            return null;
        }

        var sectorSize = 1 << sectorShift;
        var fatSectors = Enumerable.Range(0, 109)
            .Select(i => BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(0x4C + (i * 4))))
            .TakeWhile(s => s < endOfChain)
            .ToArray();
        var sector = new byte[sectorSize];

        bool ReadSector(uint number)
        {
            var offset = (long)(number + 1) << sectorShift;
            if (offset + sectorSize > content.Length)
            {
                return false;
            }

            content.Position = offset;
            return content.ReadAtLeast(sector, sectorSize, throwOnEndOfStream: false) == sectorSize;
        }

        uint? NextSector(uint number)
        {
            var perFatSector = (uint)(sectorSize / 4);
            var fatIndex = number / perFatSector;
            if (fatIndex >= fatSectors.Length || !ReadSector(fatSectors[fatIndex]))
            {
                return null;
            }

            return BinaryPrimitives.ReadUInt32LittleEndian(sector.AsSpan((int)(number % perFatSector) * 4));
        }

        var directorySector = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(0x30));
        for (var visited = 0; directorySector < endOfChain && visited < 256; visited++)
        {
            if (!ReadSector(directorySector))
            {
                return null;
            }

            for (var entry = 0; entry < sectorSize; entry += directoryEntrySize)
            {
                var nameBytes = BinaryPrimitives.ReadUInt16LittleEndian(sector.AsSpan(entry + 0x40));
                if (nameBytes is < 2 or > 64)
                {
                    continue;
                }

                var name = System.Text.Encoding.Unicode.GetString(sector, entry, nameBytes - 2);
                switch (name)
                {
                    case "WordDocument":
                        return Doc;
                    case "Workbook" or "Book":
                        return Xls;
                    case "PowerPoint Document":
                        return Ppt;
                }
            }

            directorySector = NextSector(directorySector) ?? endOfChain;
        }

        return null;
    }
}

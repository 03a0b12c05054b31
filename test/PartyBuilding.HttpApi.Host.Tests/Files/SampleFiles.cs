using System.Buffers.Binary;
using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using PartyBuilding.Testing;

namespace PartyBuilding.Files;

/// <summary>Small files of every kind the attachment store must tell apart by content, and the upload request.</summary>
public static class SampleFiles
{
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, .. new byte[300]];
    public static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, .. new byte[300]];
    public static readonly byte[] Gif = [.. "GIF89a"u8, .. new byte[300]];
    public static readonly byte[] WebP = [.. "RIFF"u8, 0x24, 0, 0, 0, .. "WEBPVP8 "u8, .. new byte[300]];
    public static readonly byte[] Pdf = [.. "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n%%EOF\n"u8];
    public static readonly byte[] Exe = [.. "MZ"u8, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, .. new byte[300]];
    public static readonly byte[] Text = "会议纪要：这是一个纯文本文件。"u8.ToArray();

    public static byte[] Docx => OfficeOpenXml("word/document.xml");

    public static byte[] Xlsx => OfficeOpenXml("xl/workbook.xml");

    public static byte[] Pptx => OfficeOpenXml("ppt/presentation.xml");

    /// <summary>A zip that is no Office document: other archives are refused.</summary>
    public static byte[] PlainZip => Zip(("readme.txt", "hello"));

    public static byte[] Doc => CompoundFile("WordDocument");

    public static byte[] Xls => CompoundFile("Workbook");

    public static byte[] Ppt => CompoundFile("PowerPoint Document");

    /// <summary>An OLE2 file of another application (e.g. an installer database): refused.</summary>
    public static byte[] OtherCompoundFile => CompoundFile("SummaryInformation");

    public static Task<HttpResponseMessage> UploadAsync(
        this SessionClient client, string attachmentsUrl, byte[] content, string fileName, string kind = "Photo", string declaredType = "application/octet-stream")
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(declaredType);
        return client.Http.PostAsync(attachmentsUrl, new MultipartFormDataContent
        {
            { file, "file", fileName },
            { new StringContent(kind), "kind" },
        });
    }

    private static byte[] OfficeOpenXml(string mainPart) =>
        Zip(("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            ("_rels/.rels", "<Relationships/>"), (mainPart, "<root/>"));

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), Encoding.UTF8);
                writer.Write(text);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// A minimal OLE2 compound file (MS-CFB, 512-byte sectors): the header, the directory in sector 0 with the
    /// root entry and one stream named <paramref name="streamName"/>, and the FAT in sector 1.
    /// </summary>
    private static byte[] CompoundFile(string streamName)
    {
        var file = new byte[512 * 3];
        var header = file.AsSpan(0, 512);
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x18..], 0x3E);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1A..], 3);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1C..], 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1E..], 9);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x20..], 6);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x2C..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x30..], 0);
        for (var i = 0; i < 109; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(header[(0x4C + (i * 4))..], i == 0 ? 1u : 0xFFFFFFFF);
        }

        var directory = file.AsSpan(512, 512);
        WriteEntry(directory[..128], "Root Entry", 5);
        WriteEntry(directory[128..256], streamName, 2);

        var fat = file.AsSpan(1024, 512);
        for (var i = 0; i < 128; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(fat[(i * 4)..], i switch { 0 => 0xFFFFFFFE, 1 => 0xFFFFFFFD, _ => 0xFFFFFFFF });
        }

        return file;

        static void WriteEntry(Span<byte> entry, string name, byte type)
        {
            var bytes = Encoding.Unicode.GetBytes(name);
            bytes.CopyTo(entry);
            BinaryPrimitives.WriteUInt16LittleEndian(entry[0x40..], (ushort)(bytes.Length + 2));
            entry[0x42] = type;
        }
    }
}

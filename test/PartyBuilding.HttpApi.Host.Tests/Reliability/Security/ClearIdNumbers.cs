using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using PartyBuilding.Members;

namespace PartyBuilding.Reliability;

/// <summary>Finds clear ID numbers (GB 11643) in answers and stored bytes.</summary>
public static partial class ClearIdNumbers
{
    /// <summary>
    /// Every 18-character number standing alone (no digit either side) whose check character is right: the
    /// numbers a test created, and any other real one.
    /// </summary>
    public static IReadOnlyList<string> In(string text) =>
        Candidate().Matches(text).Select(m => IdNumber.Normalize(m.Value)).Where(IdNumber.HasValidChecksum).Distinct().ToList();

    /// <summary>The text of an answer's body; an .xlsx (a zip) is read as the text of all its parts.</summary>
    public static string TextOf(byte[] body)
    {
        if (!IsZip(body))
        {
            return Encoding.UTF8.GetString(body);
        }

        using var zip = new ZipArchive(new MemoryStream(body), ZipArchiveMode.Read);
        var text = new StringBuilder();
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            text.AppendLine(reader.ReadToEnd());
        }

        return text.ToString();
    }

    public static bool IsZip(byte[] body) => body is [(byte)'P', (byte)'K', 3, 4, ..];

    /// <summary>How a number can sit in a file's bytes: UTF-8 (ASCII), UTF-16 little- and big-endian.</summary>
    public static IEnumerable<byte[]> EncodedForms(string number) =>
        [Encoding.UTF8.GetBytes(number), Encoding.Unicode.GetBytes(number), Encoding.BigEndianUnicode.GetBytes(number)];

    [GeneratedRegex("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])")]
    private static partial Regex Candidate();
}

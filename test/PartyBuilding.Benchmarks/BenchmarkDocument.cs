using System.Globalization;
using System.Text.RegularExpressions;

namespace PartyBuilding.Benchmarks;

/// <summary>Replaces one section of docs/benchmarks.md with the table of a fresh run, leaving the rest as written.</summary>
public static partial class BenchmarkDocument
{
    public static void WriteSection(string path, string section, string table, DateTime measuredAt)
    {
        var begin = $"<!-- benchmark:{section}:begin -->";
        var end = $"<!-- benchmark:{section}:end -->";
        var block = string.Create(CultureInfo.InvariantCulture,
            $"{begin}\nMeasured {measuredAt:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores, {Environment.OSVersion}.\n\n{table}{end}");
        var text = File.Exists(path) ? File.ReadAllText(path) : string.Empty;
        var pattern = new Regex(Regex.Escape(begin) + ".*?" + Regex.Escape(end), RegexOptions.Singleline);
        text = pattern.IsMatch(text) ? pattern.Replace(text, block) : text + Environment.NewLine + block + Environment.NewLine;
        File.WriteAllText(path, text);
    }
}

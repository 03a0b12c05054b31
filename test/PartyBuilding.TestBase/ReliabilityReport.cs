using System.Text.Json;
using PartyBuilding.EntityFrameworkCore;

namespace PartyBuilding.Testing;

/// <summary>
/// The figures of the reliability and security suite (attempts, leaks, rejected requests …) as the run measured
/// them. Each check writes one file per provider into the report folder, so test classes and test assemblies
/// running at once never share a file; etc/scripts/reliability-report.sh turns the folder into the table of
/// docs/reliability.md. The folder is PB_RELIABILITY_REPORT (test.sh sets it), else .tmp/reliability.
/// </summary>
public static class ReliabilityReport
{
    public const string FolderVariable = "PB_RELIABILITY_REPORT";

    public static string Folder =>
        Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } folder
            ? folder
            : Path.Combine(RepositoryPaths.Root, ".tmp", "reliability");

    /// <param name="check">A stable name, e.g. "tenant-isolation-sweep".</param>
    /// <param name="provider">The database the figures were measured on.</param>
    /// <param name="summary">The one-line outcome, e.g. "412 attempts, 0 leaks, 0 writes".</param>
    /// <param name="figures">The counts behind the summary, by name.</param>
    public static void Record(string check, DatabaseProvider provider, string summary, IReadOnlyDictionary<string, long> figures)
    {
        Directory.CreateDirectory(Folder);
        var entry = new { check, provider = provider.ToString(), summary, figures, recordedAt = DateTimeOffset.UtcNow };
        File.WriteAllText(Path.Combine(Folder, $"{check}.{provider}.json"), JsonSerializer.Serialize(entry));
    }
}

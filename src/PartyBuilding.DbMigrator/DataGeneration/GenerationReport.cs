using System.Globalization;
using System.Text;

namespace PartyBuilding.DataGeneration;

/// <summary>What a generation wrote: the rows of every bulk-loaded table, and how fast.</summary>
public sealed record GenerationReport(
    GenerationPlan Plan, IReadOnlyDictionary<string, long> RowsByTable, int Committees, int Users, TimeSpan Elapsed)
{
    public long TotalRows => RowsByTable.Values.Sum();

    public double RowsPerSecond => TotalRows / Math.Max(Elapsed.TotalSeconds, 0.001);

    public override string ToString()
    {
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Generated scale {Plan.Scale}, seed {Plan.Seed}, as of {Plan.AsOf:yyyy-MM-dd}: {Committees} committees and {Users} users through the platform's services, and");
        var width = RowsByTable.Keys.Max(k => k.Length);
        foreach (var (table, rows) in RowsByTable)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {table.PadRight(width)} {rows,12:N0}");
        }

        return text.Append(CultureInfo.InvariantCulture, $"{TotalRows:N0} rows in {Elapsed.TotalSeconds:F1} s = {RowsPerSecond:N0} rows/s").ToString();
    }
}

/// <summary>The database already holds committees: generated data goes into an empty database only.</summary>
public sealed class GenerationRefusedException(int committees)
    : InvalidOperationException($"The database already holds {committees} committee(s); generate into a new, empty database.")
{
    public int Committees { get; } = committees;
}

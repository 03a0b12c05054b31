using System.Text.RegularExpressions;
using Shouldly;
using PartyBuilding.Testing;
using Xunit;

namespace PartyBuilding.Architecture;

/// <summary>
/// Lifting the tenant filter shows every committee's rows, so it is allowed only in host-side code that runs
/// behind a host permission, and each such place is listed here on purpose.
/// </summary>
public sealed partial class TenantFilterLiftingTests
{
    private static readonly string[] AllowedFiles = ["src/PartyBuilding.Domain/Data/HostQueryExtensions.cs"];

    [Fact]
    public void Should_lift_the_tenant_filter_only_in_the_host_query_helper()
    {
        var root = RepositoryPaths.Root;
        var offenders = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => LiftsTenantFilter().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Except(AllowedFiles)
            .ToList();

        offenders.ShouldBeEmpty();
    }

    [Fact]
    public void Should_run_the_listed_host_side_code_only_outside_a_committee()
    {
        foreach (var file in AllowedFiles)
        {
            var source = File.ReadAllText(Path.Combine(RepositoryPaths.Root, file));
            source.ShouldContain("if (currentTenant.IsAvailable)", customMessage: file);
        }
    }

    // Both the named form and the parameterless IgnoreQueryFilters(), which lifts every filter.
    [GeneratedRegex(@"IgnoreQueryFilters\(\s*(\)|\[\s*DataFilters\.MultiTenant)")]
    private static partial Regex LiftsTenantFilter();
}

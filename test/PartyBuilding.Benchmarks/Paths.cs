using PartyBuilding.Testing;

namespace PartyBuilding.Benchmarks;

public static class Paths
{
    /// <summary>The host built next to this tool (same configuration), found from the repository root.</summary>
    public static string HostDll()
    {
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Path.Combine(RepositoryPaths.Root, "src", "PartyBuilding.HttpApi.Host", "bin", configuration, "net10.0", "PartyBuilding.HttpApi.Host.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the host first (dotnet build -c " + configuration + ").", dll);
    }

}

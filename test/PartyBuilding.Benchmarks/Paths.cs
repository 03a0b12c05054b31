namespace PartyBuilding.Benchmarks;

public static class Paths
{
    /// <summary>The host built next to this tool (same configuration), found from the repository root.</summary>
    public static string HostDll()
    {
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Path.Combine(RepositoryRoot(), "src", "PartyBuilding.HttpApi.Host", "bin", configuration, "net10.0", "PartyBuilding.HttpApi.Host.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the host first (dotnet build -c " + configuration + ").", dll);
    }

    /// <summary>A path given relative to the repository root, wherever the tool was started from.</summary>
    public static string FromRoot(string path) => Path.IsPathRooted(path) ? path : Path.Combine(RepositoryRoot(), path);

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PartyBuilding.sln")))
        {
            directory = directory.Parent;
        }

        if (directory is null)
        {
            throw new InvalidOperationException("Run the benchmarks from inside the repository.");
        }

        return directory.FullName;
    }
}

namespace PartyBuilding.Testing;

public static class RepositoryPaths
{
    /// <summary>The folder holding PartyBuilding.sln, found upwards from the running assembly.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A path given relative to the repository root, wherever the process was started from.</summary>
    public static string FromRoot(string path) => Path.IsPathRooted(path) ? path : Path.Combine(Root, path);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PartyBuilding.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Run from inside the repository.");
    }
}

namespace PartyBuilding.Framework.BlobStoring;

/// <summary>
/// Blobs as files under one root folder, a sub-folder per container. Containers and names are checked to be
/// plain tokens (letters, digits, '-'), which the platform generates, so nothing can point outside the root.
/// </summary>
public sealed class FileSystemBlobStore(string rootPath) : IBlobStore
{
    public const string ConfigurationKey = "Storage:BlobPath";

    public string RootPath { get; } = Path.GetFullPath(rootPath);

    public async Task<string> SaveAsync(string container, Stream content, CancellationToken cancellationToken = default)
    {
        var name = Guid.CreateVersion7().ToString("N");
        var folder = Directory.CreateDirectory(FolderOf(container)).FullName;
        var path = Path.Combine(folder, name);
        try
        {
            await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
            await content.CopyToAsync(file, cancellationToken);
        }
        catch
        {
            File.Delete(path);
            throw;
        }

        return name;
    }

    public Stream? Open(string container, string name)
    {
        var path = PathOf(container, name);
        return File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, useAsync: true)
            : null;
    }

    public void Delete(string container, string name) => File.Delete(PathOf(container, name));

    private string FolderOf(string container) => Path.Combine(RootPath, Token(container));

    private string PathOf(string container, string name) => Path.Combine(FolderOf(container), Token(name));

    private static string Token(string value) =>
        value.Length is > 0 and <= 64 && value.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
            ? value
            : throw new ArgumentException("Blob containers and names are generated tokens.", nameof(value));
}

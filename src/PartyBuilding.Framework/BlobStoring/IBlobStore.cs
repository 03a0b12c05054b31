namespace PartyBuilding.Framework.BlobStoring;

/// <summary>
/// Stores file contents outside the database (ADR 0010). A blob lives in a container (one per committee) under
/// a name the store generates, so no caller-supplied text ever becomes part of a path; names stay on the server.
/// </summary>
public interface IBlobStore
{
    /// <summary>Copies <paramref name="content"/> to a new blob and answers its generated name; nothing is left behind when the copy fails.</summary>
    Task<string> SaveAsync(string container, Stream content, CancellationToken cancellationToken = default);

    /// <summary>A seekable read-only stream of the blob; null when it does not exist.</summary>
    Stream? Open(string container, string name);

    /// <summary>Removes the blob; a blob already gone is not an error.</summary>
    void Delete(string container, string name);
}

using System.Security.Cryptography;

namespace PartyBuilding.Framework.Content;

/// <summary>
/// A read-only view of a stream that counts and hashes (SHA-256) what passes through it and fails with the
/// caller's exception as soon as more than <paramref name="limit"/> bytes have been read, so a too-large upload
/// is refused without ever being held whole in memory.
/// </summary>
public sealed class MeteredReadStream(Stream inner, long limit, Func<Exception> exceeded) : Stream
{
    private readonly IncrementalHash _sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    /// <summary>The lowercase hex SHA-256 of everything read so far; call once, at the end.</summary>
    public string Sha256Hex() => Convert.ToHexStringLower(_sha256.GetHashAndReset());

    public override int Read(byte[] buffer, int offset, int count) => Count(buffer.AsSpan(offset, inner.Read(buffer, offset, count)));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        return Count(buffer.Span[..read]);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _sha256.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Count(ReadOnlySpan<byte> read)
    {
        BytesRead += read.Length;
        if (BytesRead > limit)
        {
            throw exceeded();
        }

        _sha256.AppendData(read);
        return read.Length;
    }
}

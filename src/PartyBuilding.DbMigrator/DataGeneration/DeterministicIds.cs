using System.Buffers.Binary;

namespace PartyBuilding.DataGeneration;

/// <summary>
/// Keys and concurrency stamps drawn from a committee's <see cref="Random"/>, so one seed gives the same keys on every
/// run. Keys are version-7 Guids like the platform's own (<c>Guid.CreateVersion7</c>), with the row's creation time
/// as their timestamp: ordered by key, rows come in the order they were "entered", as in production.
/// </summary>
internal static class DeterministicIds
{
    public static Guid NewId(this Random random, DateTime createdUtc)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        var milliseconds = new DateTimeOffset(createdUtc, TimeSpan.Zero).ToUnixTimeMilliseconds();
        Span<byte> timestamp = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(timestamp, milliseconds);
        timestamp[2..].CopyTo(bytes);
        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>A stamp in the shape the platform issues (32 hex digits).</summary>
    public static string NewConcurrencyStamp(this Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return Convert.ToHexStringLower(bytes);
    }

    /// <summary>
    /// The seed of one committee's generator: mixed from the run's seed and the committee's index (SplitMix64), so
    /// committees can be generated in any order or in parallel and still come out the same.
    /// </summary>
    public static int CommitteeSeed(int seed, int committeeIndex)
    {
        var z = unchecked(((ulong)(uint)seed << 32 | (uint)committeeIndex) + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return (int)((z ^ (z >> 31)) & int.MaxValue);
    }
}

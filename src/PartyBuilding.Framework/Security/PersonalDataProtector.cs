using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace PartyBuilding.Framework.Security;

/// <summary>
/// Encrypts personal identifiers (ID numbers, phone numbers) at rest and derives a keyed hash for equality
/// search, so the database holds neither the clear value nor a hash anyone could recompute from a guessed one.
/// </summary>
public interface IPersonalDataProtector
{
    string Protect(string plaintext);

    string Unprotect(string protectedValue);

    /// <summary>A deterministic HMAC of the value: equal inputs give equal hashes, under this deployment's key only.</summary>
    string Hash(string plaintext);
}

/// <summary>
/// AES-256-GCM with a random nonce per value, and HMAC-SHA256 for the search hash, both keyed from one
/// 32-byte secret in configuration (<c>Encryption:PersonalDataKey</c>, base64). The ciphertext carries a
/// version prefix so the key can be rotated later without guessing which key wrote a row.
/// </summary>
public sealed class AesGcmPersonalDataProtector : IPersonalDataProtector
{
    public const string ConfigurationKey = "Encryption:PersonalDataKey";
    private const string VersionPrefix = "v1:";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly byte[] _encryptionKey;
    private readonly byte[] _hashKey;

    public AesGcmPersonalDataProtector(byte[] secret)
    {
        if (secret.Length != 32)
        {
            throw new ArgumentException("The personal data key must be 32 bytes.", nameof(secret));
        }

        // Separate keys for the two uses, so a leaked search hash says nothing about the cipher key.
        _encryptionKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, 32, info: "pb-personal-data-encryption"u8.ToArray());
        _hashKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, 32, info: "pb-personal-data-search-hash"u8.ToArray());
    }

    public static AesGcmPersonalDataProtector FromConfiguration(IConfiguration configuration)
    {
        var value = configuration[ConfigurationKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException(
                $"Configuration '{ConfigurationKey}' is required: a base64 32-byte key kept outside the repository " +
                "(etc/scripts/run.sh creates one for local use).");
        }

        byte[] secret;
        try
        {
            secret = Convert.FromBase64String(value.Trim());
        }
        catch (FormatException ex)
        {
            throw new InvalidOperationException($"Configuration '{ConfigurationKey}' is not base64.", ex);
        }

        return new AesGcmPersonalDataProtector(secret);
    }

    public string Protect(string plaintext)
    {
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var buffer = new byte[NonceSize + TagSize + plain.Length];
        var nonce = buffer.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_encryptionKey, TagSize);
        aes.Encrypt(nonce, plain, buffer.AsSpan(NonceSize + TagSize), buffer.AsSpan(NonceSize, TagSize));
        return VersionPrefix + Convert.ToBase64String(buffer);
    }

    public string Unprotect(string protectedValue)
    {
        if (!protectedValue.StartsWith(VersionPrefix, StringComparison.Ordinal))
        {
            throw new CryptographicException("Unknown personal data cipher version.");
        }

        var buffer = Convert.FromBase64String(protectedValue[VersionPrefix.Length..]);
        var plain = new byte[buffer.Length - NonceSize - TagSize];
        using var aes = new AesGcm(_encryptionKey, TagSize);
        aes.Decrypt(buffer.AsSpan(0, NonceSize), buffer.AsSpan(NonceSize + TagSize), buffer.AsSpan(NonceSize, TagSize), plain);
        return Encoding.UTF8.GetString(plain);
    }

    public string Hash(string plaintext) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_hashKey, Encoding.UTF8.GetBytes(plaintext)));
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartyBuilding.ExceptionHandling;

/// <summary>
/// Refuses a JSON string holding U+0000 while the body is read, so the field comes back as a validation error.
/// PostgreSQL cannot store NUL in text and would fail the save with a 500; SQLite would keep it, so the same
/// request must be refused on both databases. No legitimate text of the platform contains NUL.
/// </summary>
public sealed class NulFreeStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = reader.GetString();
        return value is not null && value.Contains('\0', StringComparison.Ordinal)
            ? throw new JsonException("The string contains a NUL character.")
            : value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

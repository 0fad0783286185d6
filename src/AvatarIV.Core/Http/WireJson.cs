using System.Text.Json;
using System.Text.Json.Serialization;

namespace AvatarIV.Core.Http;

/// <summary>JSON as both surfaces speak it: snake_case, nulls left out, numbers tolerated as strings.</summary>
internal static class WireJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        PropertyNameCaseInsensitive = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException("The body was JSON null.");

    /// <summary>
    /// Reads a body from its UTF-8 bytes (JSON's own encoding, so nothing is transcoded); the decoded <paramref name="text"/>
    /// is read instead when there are no bytes, or when they are not UTF-8 (a server that declared another charset).
    /// </summary>
    public static T Read<T>(byte[]? utf8, string text)
    {
        if (utf8 is not { Length: > 0 })
        {
            return Deserialize<T>(text);
        }

        try
        {
            return JsonSerializer.Deserialize<T>(WithoutByteOrderMark(utf8), Options) ?? throw new JsonException("The body was JSON null.");
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            return Deserialize<T>(text);
        }
    }

    private static ReadOnlySpan<byte> WithoutByteOrderMark(byte[] utf8) =>
        utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF ? new ReadOnlySpan<byte>(utf8, 3, utf8.Length - 3) : utf8;
}

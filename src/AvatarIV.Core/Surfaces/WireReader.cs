using System.Text.Json;
using AvatarIV.Core.Http;

namespace AvatarIV.Core.Surfaces;

/// <summary>Reads a 2xx body into a wire type; a body of the wrong shape becomes a clear <c>malformed_response</c> error.</summary>
internal static class WireReader
{
    public static T Read<T>(ApiErrorFactory errors, ApiCall call, ApiAnswer answer)
    {
        try
        {
            return WireJson.Deserialize<T>(answer.Content);
        }
        catch (JsonException ex)
        {
            throw errors.Malformed(call, answer.StatusCode, answer.Content, answer.RequestId, ex.Message);
        }
    }

    /// <summary>The <c>data</c> a surface promised, or a malformed-response error naming what was missing.</summary>
    public static T Require<T>(T? value, ApiErrorFactory errors, ApiCall call, ApiAnswer answer, string what)
        where T : class =>
        value ?? throw errors.Malformed(call, answer.StatusCode, answer.Content, answer.RequestId, $"no {what}");

    /// <summary>A JSON code (number or string) as text.</summary>
    public static string? CodeText(JsonElement? code) => code switch
    {
        { ValueKind: JsonValueKind.Number } n => n.GetRawText(),
        { ValueKind: JsonValueKind.String } s => s.GetString(),
        _ => null,
    };
}

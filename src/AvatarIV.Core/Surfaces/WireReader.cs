using System.Text.Json;
using AvatarIV.Core.Http;

namespace AvatarIV.Core.Surfaces;

/// <summary>Checks what a parsed 2xx body promised; a missing part becomes a clear <c>malformed_response</c> error.</summary>
internal static class WireReader
{
    /// <summary>The <c>data</c> a surface promised, or a malformed-response error naming what was missing.</summary>
    public static T Require<T, TBody>(T? value, ApiErrorFactory errors, ApiCall call, ApiAnswer<TBody> answer, string what)
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

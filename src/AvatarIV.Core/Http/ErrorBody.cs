using System.Globalization;
using System.Text.Json;

namespace AvatarIV.Core.Http;

/// <summary>
/// The code, message and parameter of an error answer in any of the three envelopes:
/// v1 <c>{"code":400562,"message":…}</c>, v2 <c>{"error":{"code":"…","message":…}}</c>, v3 the same plus <c>param</c>.
/// </summary>
internal sealed record ErrorBody(string? Code, string? Message, string? Param)
{
    /// <summary>v1's success code; any other numeric <c>code</c> is an error.</summary>
    public const int V1Success = 100;

    public static ErrorBody? TryRead(string? content)
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(content!);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                return new ErrorBody(CodeText(error, "code"), WithItems(Text(error, "message") ?? Text(error, "msg"), error), Text(error, "param"));
            }

            var code = CodeText(root, "code");
            var message = Text(root, "message") ?? Text(root, "msg");
            return code is null && message is null ? null : new ErrorBody(code, message, null);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A batch refused as a whole lists each refused video in <c>error.items</c>; the message names every one.</summary>
    private static string? WithItems(string? message, JsonElement error)
    {
        if (!error.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array || items.GetArrayLength() == 0)
        {
            return message;
        }

        var each = items.EnumerateArray()
            .Where(i => i.ValueKind == JsonValueKind.Object)
            .Select(i => $"video {CodeText(i, "item_index") ?? "?"}: {Text(i, "message") ?? CodeText(i, "code") ?? "refused"}{(Text(i, "param") is { } p ? $" (parameter '{p}')" : "")}");
        return $"{message} {string.Join("; ", each)}";
    }

    private static string? CodeText(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.TryGetInt64(out var n) ? n.ToString(CultureInfo.InvariantCulture) : value.GetRawText(),
                _ => null,
            }
            : null;

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

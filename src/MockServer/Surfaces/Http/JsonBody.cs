using AvatarIV.MockServer.Domain.Errors;
using System.Text.Json;
using AvatarIV.MockServer.Surfaces.Envelopes;

namespace AvatarIV.MockServer.Surfaces.Http;

/// <summary>Reads a JSON object body ourselves, so malformed input gets a 400 that says what is wrong (never a 500).</summary>
public static class JsonBody
{
    public static async Task<JsonElement> ReadObjectAsync(HttpRequest request)
    {
        var contentType = request.ContentType;
        if (contentType is not null && !contentType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            throw ErrorCatalog.InvalidParameter.With($"Content-Type '{contentType}' is not JSON. Send the body as JSON with Content-Type: application/json.");
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" (line {line + 1}, position {ex.BytePositionInLine + 1})" : string.Empty;
            throw ErrorCatalog.InvalidParameter.With($"The request body is not valid JSON{where}. Send a JSON object such as {{\"title\":\"…\"}}.");
        }

        using (document)
        {
            if (JsonTextCheck.FirstUnreadable(document.RootElement) is { } where)
            {
                throw ErrorCatalog.InvalidParameter.With(
                    $"The request body holds text that is not valid Unicode at {where} (invalid UTF-8 bytes, or a lone \\u surrogate escape). Send UTF-8 JSON.");
            }

            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw ErrorCatalog.InvalidParameter.With($"The request body must be a JSON object, not {Describe(document.RootElement.ValueKind)}.");
            }

            return document.RootElement.Clone();
        }
    }

    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        JsonValueKind.Object => "an object",
        _ => "nothing",
    };
}

using AvatarIV.MockServer.Domain.Errors;
using System.Text.Json;
using AvatarIV.MockServer.Surfaces.Envelopes;

namespace AvatarIV.MockServer.Surfaces.Http;

/// <summary>Typed, named access to JSON fields; a wrong type or value names the field, what came and what is expected.</summary>
public readonly struct JsonFields(JsonElement root, string prefix = "")
{
    public string Name(string field) => prefix + field;

    public bool Has(string field) => root.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null;

    public string? String(string field, int maxLength = 100_000)
    {
        if (!root.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw Wrong(field, value, "a string");
        }

        var text = value.GetString()!;
        return text.Length > maxLength
            ? throw Invalid(field, $"{Name(field)} is {text.Length} characters long; at most {maxLength} are allowed.")
            : text;
    }

    public string RequiredString(string field, string example) =>
        String(field) is { Length: > 0 } text && !string.IsNullOrWhiteSpace(text)
            ? text
            : throw Invalid(field, $"{Name(field)} is required and must be a non-empty string, e.g. \"{field}\": \"{example}\".");

    public string? NonEmptyString(string field)
    {
        var text = String(field);
        return text is not null && string.IsNullOrWhiteSpace(text)
            ? throw Invalid(field, $"{Name(field)} must not be empty; leave it out instead.")
            : text;
    }

    public string? OneOf(string field, IReadOnlyCollection<string> allowed)
    {
        var text = String(field);
        if (text is null)
        {
            return null;
        }

        var match = allowed.FirstOrDefault(a => a.Equals(text, StringComparison.OrdinalIgnoreCase));
        return match ?? throw Invalid(field, $"{Name(field)} '{text}' is not allowed. Use one of: {string.Join(", ", allowed)}.");
    }

    public bool? Bool(string field)
    {
        if (!root.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Wrong(field, value, "true or false"),
        };
    }

    public double? Number(string field, double min, double max)
    {
        if (!root.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number))
        {
            throw Wrong(field, value, $"a number from {min} to {max}");
        }

        return number >= min && number <= max
            ? number
            : throw Invalid(field, $"{Name(field)} is {number}; it must be from {min} to {max}.");
    }

    /// <summary>A nested object (its fields are named <c>field.sub</c> in errors).</summary>
    public JsonFields? Object(string field)
    {
        if (!root.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Object ? new JsonFields(value, Name(field) + ".") : throw Wrong(field, value, "an object");
    }

    /// <summary>An absolute http(s) URL, or null when absent.</summary>
    public Uri? AbsoluteUrl(string field)
    {
        var text = NonEmptyString(field);
        if (text is null)
        {
            return null;
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? url
            : throw Invalid(field, $"{Name(field)} '{text}' is not an absolute http(s) URL.");
    }

    public MockError Invalid(string field, string message) =>
        MockError.Invalid(Name(field), message);

    private MockError Wrong(string field, JsonElement value, string expected) =>
        Invalid(field, $"{Name(field)} must be {expected}, not {JsonBody.Describe(value.ValueKind)}.");
}

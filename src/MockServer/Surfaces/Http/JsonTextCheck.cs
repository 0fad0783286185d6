using System.Text.Json;

namespace AvatarIV.MockServer.Surfaces.Http;

/// <summary>
/// Finds text a JSON parser accepts but .NET cannot use: invalid UTF-8 bytes (reading them throws), or an escaped
/// lone surrogate (<c>"\ud800"</c>, which reads but cannot be written back out, so echoing it in an error message
/// would fail). Checked once after parsing, so no field read or error message later can turn into a 500.
/// </summary>
public static class JsonTextCheck
{
    /// <summary>Where the first unreadable string or property name sits (<c>$.image.url</c>), or null when all text reads.</summary>
    public static string? FirstUnreadable(JsonElement element, string path = "$")
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return Reads(element.GetString) ? null : path;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    string? name = null;
                    if (!Reads(() => name = property.Name))
                    {
                        return $"{path} (a property name)";
                    }

                    if (FirstUnreadable(property.Value, $"{path}.{name}") is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (FirstUnreadable(item, $"{path}[{index++}]") is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static bool Reads(Func<string?> read)
    {
        try
        {
            return IsWellFormed(read());
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    // Every high surrogate followed by a low one, and no low one alone.
    private static bool IsWellFormed(string? text)
    {
        for (var i = 0; text is not null && i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}

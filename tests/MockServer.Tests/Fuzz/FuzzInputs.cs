using System.Globalization;
using System.Text;
using CsCheck;

namespace MockServer.Tests.Fuzz;

/// <summary>CsCheck generators for the pieces of a hostile request: JSON of any shape, broken bytes, multipart, headers, path values.</summary>
public static class FuzzInputs
{
    public static readonly Gen<string> Method = Gen.OneOf("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");

    /// <summary>Strings with the characters that break parsers: quotes, escapes, control characters, astral and lone surrogates.</summary>
    public static readonly Gen<string> Text = Gen.Frequency(
        (4, Gen.String[Gen.Char["abcxyz019_-./:"], 0, 12]),
        (2, Gen.String[0, 20]),
        (1, Gen.OneOf("", " ", "null", "0", "-1", "1e999", "\\u0000", "😀", "\ud800x", "../../etc/passwd", "%00", "<script>", "image", "url", "asset_id", "base64", "avatar", "Aria_office_front", "avatar_iii", "srt", "webm", "4k")),
        (1, Gen.Int[1, 3000].Select(n => new string('a', n))));

    private static readonly Gen<string> Number = Gen.Frequency(
        (3, Gen.Int.Select(i => i.ToString(CultureInfo.InvariantCulture))),
        (2, Gen.Double.Select(d => double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) : "0")),
        (2, Gen.OneOf("1e400", "-1e400", "123456789012345678901234567890123456789", "-0", "0.0000000000000000000001", "9223372036854775808", "1E+309", "-2147483649")));

    private static readonly Gen<string> Key = Gen.Frequency(
        (3, Gen.OneOf("type", "image", "url", "asset_id", "script", "voice_id", "audio_url", "audio_asset_id", "title", "video_title",
            "image_key", "resolution", "aspect_ratio", "callback_url", "events", "advance_seconds", "api_key", "credits", "tier", "limit",
            "token", "speed", "data", "media_type", "status", "code", "seconds", "mode", "video_id", "id", "endpoint_id",
            "avatar_id", "engine", "reference_look_id", "caption", "file_format", "style", "folder_id", "parent_id", "name",
            "videos", "output_format", "background", "max_resolution", "expressiveness", "motion_prompt")),
        (1, Text));

    public static Gen<string> Json(int depth)
    {
        var scalar = Gen.Frequency(
            (2, Text.Select(Quote)),
            (2, Number),
            (1, Gen.OneOf("true", "false", "null")));
        if (depth == 0)
        {
            return scalar;
        }

        var inner = Json(depth - 1);
        var obj = Gen.Select(Key, inner).Array[0, 6].Select(pairs => "{" + string.Join(",", pairs.Select(p => Quote(p.Item1) + ":" + p.Item2)) + "}");
        var array = inner.Array[0, 5].Select(items => "[" + string.Join(",", items) + "]");
        return Gen.Frequency((3, scalar), (3, obj), (1, array));
    }

    private static string Quote(string s) => System.Text.Json.JsonSerializer.Serialize(s);

    /// <summary>A body and the Content-Type it claims (which may lie).</summary>
    public static readonly Gen<(byte[] Body, string? ContentType)> Body = Gen.Frequency(
        (6, Gen.Select(Json(3), ContentTypeFor("application/json")).Select(t => (Encoding.UTF8.GetBytes(t.Item1), t.Item2))),
        (2, Gen.Select(Json(2), Gen.Byte.Array[1, 4]).Select(t => (Encoding.UTF8.GetBytes("{\"title\":\"").Concat(t.Item2).Concat(Encoding.UTF8.GetBytes("\",\"x\":" + t.Item1 + "}")).ToArray(), (string?)"application/json"))),
        (2, Gen.Select(Gen.Byte.Array[0, 300], ContentTypeFor("application/octet-stream"))),
        (2, Multipart()),
        (1, Gen.Const(() => (Array.Empty<byte>(), (string?)null))));

    private static Gen<string?> ContentTypeFor(string usual) =>
        Gen.Frequency((6, Gen.OneOf<string?>(usual, usual)), (1, Gen.OneOf<string?>(null, "text/plain", "application/json; charset=utf-16", "multipart/form-data", "image/jpeg", "audio/wav", "x/y; boundary=")));

    /// <summary>Multipart bodies of random parts, sometimes cut before the closing boundary.</summary>
    private static Gen<(byte[], string?)> Multipart() =>
        Gen.Select(Gen.Select(Gen.OneOf("file", "image", "name", ""), Text, Gen.Byte.Array[0, 200]).Array[0, 3], Gen.Bool, Gen.OneOf("XyZ", "b", "a b"))
            .Select(t =>
            {
                var (parts, closed, boundary) = t;
                var text = new StringBuilder();
                var bytes = new List<byte>();
                foreach (var (name, fileName, content) in parts)
                {
                    bytes.AddRange(Encoding.UTF8.GetBytes($"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{fileName}\"\r\nContent-Type: image/jpeg\r\n\r\n"));
                    bytes.AddRange(content);
                    bytes.AddRange("\r\n"u8.ToArray());
                }

                if (closed)
                {
                    bytes.AddRange(Encoding.UTF8.GetBytes($"--{boundary}--\r\n"));
                }

                return (bytes.ToArray(), (string?)$"multipart/form-data; boundary=\"{boundary}\"");
            });

    /// <summary>A value for a route parameter: usually plausible, sometimes hostile.</summary>
    public static readonly Gen<string> RouteValue = Gen.Frequency(
        (3, Gen.String[Gen.Char["0123456789abcdef"], 32, 32]),
        (2, Text.Select(Uri.EscapeDataString)),
        (1, Gen.OneOf("%2e%2e", "%00", "..", "-1", "99999999999999999999", "a.mp4", "x%2Fy", "%F0%9F%98%80", "%FF%FE")));

    /// <summary>Extra headers: a key or none, an Idempotency-Key, a Range, an Accept.</summary>
    public static readonly Gen<(string Name, string Value)[]> Headers = Gen.Select(
        Gen.Frequency((6, Gen.OneOf("X-Api-Key")), (1, Gen.OneOf("Authorization", "x-api-key", "X-Api-Key "))),
        Gen.Frequency((6, Gen.OneOf("fuzz-key-1", "fuzz-key-2")), (1, Text)),
        Gen.Frequency((3, Gen.Const<string?>(() => null)), (1, Text.Select(s => (string?)s))),
        Gen.Frequency((3, Gen.Const<string?>(() => null)), (1, Gen.OneOf<string?>("bytes=0-", "bytes=99999999-", "bytes=-5", "bytes=x", "items=1-2"))))
        .Select(t =>
        {
            var list = new List<(string, string)> { (t.Item1.Trim(), t.Item2) };
            if (t.Item3 is { } idempotency)
            {
                list.Add(("Idempotency-Key", idempotency));
            }

            if (t.Item4 is { } range)
            {
                list.Add(("Range", range));
            }

            return list.ToArray();
        });
}

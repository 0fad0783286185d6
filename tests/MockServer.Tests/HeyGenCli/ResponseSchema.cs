using System.Text.Json;

namespace MockServer.Tests.HeyGenCli;

/// <summary>
/// Checks a JSON answer against one of the CLI's OpenAPI response schemas (Data/response-schemas.json) the way its
/// Go decoding would need it: required properties present, types right (nullable allows null), enums kept, arrays'
/// items and oneOf branches checked. Extra properties are allowed, as in Go's decoder.
/// </summary>
internal static class ResponseSchema
{
    private static readonly Lazy<JsonElement> Schemas = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(CliData.Folder, "response-schemas.json"))).RootElement);

    public static JsonElement Of(string spec) => Schemas.Value.GetProperty(spec).GetProperty("response_schema");

    /// <summary>The spec's path template, e.g. <c>/v3/videos/{video_id}</c>.</summary>
    public static string EndpointOf(string spec) => Schemas.Value.GetProperty(spec).GetProperty("endpoint").GetString()!;

    /// <summary>Every way <paramref name="value"/> breaks <paramref name="schema"/>, as <c>path: problem</c> lines.</summary>
    public static List<string> Problems(JsonElement schema, JsonElement value, string path = "$")
    {
        var problems = new List<string>();
        if (value.ValueKind == JsonValueKind.Null)
        {
            if (!(schema.TryGetProperty("nullable", out var nullable) && nullable.GetBoolean()) && schema.TryGetProperty("type", out _))
            {
                problems.Add($"{path}: null but not nullable");
            }

            return problems;
        }

        if (schema.TryGetProperty("oneOf", out var branches))
        {
            if (!branches.EnumerateArray().Any(b => Problems(b, value, path).Count == 0))
            {
                problems.Add($"{path}: matches none of its oneOf branches");
            }

            return problems;
        }

        var type = schema.TryGetProperty("type", out var t) ? t.GetString() : null;
        if (type is not null && !Fits(type, value))
        {
            problems.Add($"{path}: {value.ValueKind} where the schema says {type}");
            return problems;
        }

        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => a.ToString() == value.ToString()))
        {
            problems.Add($"{path}: '{value}' is not one of {allowed}");
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            if (schema.TryGetProperty("required", out var required))
            {
                problems.AddRange(required.EnumerateArray().Select(r => r.GetString()!).Where(r => !value.TryGetProperty(r, out _)).Select(r => $"{path}.{r}: required but missing"));
            }

            if (schema.TryGetProperty("properties", out var properties))
            {
                foreach (var property in properties.EnumerateObject())
                {
                    if (value.TryGetProperty(property.Name, out var child))
                    {
                        problems.AddRange(Problems(property.Value, child, $"{path}.{property.Name}"));
                    }
                }
            }
        }

        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var element in value.EnumerateArray())
            {
                problems.AddRange(Problems(items, element, $"{path}[{i++}]"));
            }
        }

        return problems;
    }

    private static bool Fits(string type, JsonElement value) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        _ => true,
    };
}

/// <summary>Where the copied CLI data lives (next to this source file).</summary>
internal static class CliData
{
    public static string Folder { get; } = Path.Combine(Path.GetDirectoryName(SourceFile())!, "Data");

    private static string SourceFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;
}

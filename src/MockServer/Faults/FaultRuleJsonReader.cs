using System.Text.Json;

namespace AvatarIV.MockServer.Faults;

/// <summary>
/// Reads rules from admin JSON by hand, so that a wrong type or a misspelt field gets a message
/// naming that field rather than a serializer's type names.
/// </summary>
public static class FaultRuleJsonReader
{
    private const string Fields = "method, path, kind, status, code, retry_after, latency_ms, probability, times, phase";

    /// <summary>One rule object, or an array of them.</summary>
    public static IReadOnlyList<FaultRule> ReadRules(JsonElement root)
    {
        return root.ValueKind switch
        {
            JsonValueKind.Object => [FaultRuleValidator.Validate(ReadRequest(root))],
            JsonValueKind.Array when root.GetArrayLength() > 0 => [.. root.EnumerateArray().Select((item, index) => ReadItem(item, index))],
            JsonValueKind.Array => throw new FaultRuleException("The array of rules is empty; send at least one rule."),
            _ => throw new FaultRuleException("Send a JSON object (one rule) or an array of rule objects, e.g. {\"path\":\"/v3/videos\",\"kind\":\"status\",\"status\":503}."),
        };
    }

    private static FaultRule ReadItem(JsonElement item, int index)
    {
        try
        {
            return item.ValueKind == JsonValueKind.Object
                ? FaultRuleValidator.Validate(ReadRequest(item))
                : throw new FaultRuleException("it is not a JSON object.");
        }
        catch (FaultRuleException ex)
        {
            throw new FaultRuleException($"rule [{index}]: {ex.Message}");
        }
    }

    private static FaultRuleRequest ReadRequest(JsonElement rule)
    {
        var request = new FaultRuleRequest();
        foreach (var property in rule.EnumerateObject())
        {
            var value = property.Value;
            if (value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            switch (property.Name)
            {
                case "method": request.Method = Text(property); break;
                case "path": request.Path = Text(property); break;
                case "kind": request.Kind = Text(property); break;
                case "status": request.Status = WholeNumber(property); break;
                case "code": request.Code = Text(property); break;
                case "retry_after": request.RetryAfter = WholeNumber(property); break;
                case "latency_ms": request.LatencyMs = WholeNumber(property); break;
                case "probability": request.Probability = Number(property); break;
                case "times": request.Times = WholeNumber(property); break;
                case "phase": request.Phase = Text(property); break;
                default: throw new FaultRuleException($"unknown field '{property.Name}'; rule fields are: {Fields}.");
            }
        }

        return request;
    }

    private static string Text(JsonProperty property) =>
        property.Value.ValueKind == JsonValueKind.String
            ? property.Value.GetString()!
            : throw new FaultRuleException($"'{property.Name}' must be a string; got {Describe(property.Value)}.");

    private static int WholeNumber(JsonProperty property) =>
        property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetInt32(out var number)
            ? number
            : throw new FaultRuleException($"'{property.Name}' must be a whole number; got {Describe(property.Value)}.");

    private static double Number(JsonProperty property) =>
        property.Value.ValueKind == JsonValueKind.Number
            ? property.Value.GetDouble()
            : throw new FaultRuleException($"'{property.Name}' must be a number; got {Describe(property.Value)}.");

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{value.GetString()}\"",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {value.GetRawText()}",
        JsonValueKind.Array => "an array",
        _ => "an object",
    };
}

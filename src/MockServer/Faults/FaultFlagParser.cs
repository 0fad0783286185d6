using System.Globalization;

namespace AvatarIV.MockServer.Faults;

/// <summary>
/// Reads the flag form of a rule: <c>[METHOD] /path [kind] key=value…</c>, for example
/// <c>POST /v3/videos status=503 times=2 phase=after</c> or <c>GET /v3/* drop probability=0.3</c>.
/// </summary>
public static class FaultFlagParser
{
    private const string Known = "status, code, kind, latency_ms, retry_after, probability, times, phase";

    public static FaultRule Parse(string text)
    {
        var request = new FaultRuleRequest();
        foreach (var token in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            Apply(request, token);
        }

        return FaultRuleValidator.Validate(request);
    }

    private static void Apply(FaultRuleRequest request, string token)
    {
        var equals = token.IndexOf('=');
        if (equals < 0)
        {
            ApplyWord(request, token);
            return;
        }

        var name = token[..equals].ToLowerInvariant();
        var value = token[(equals + 1)..];
        switch (name)
        {
            case "status":
                request.Status = Int(name, value);
                break;
            case "code":
                request.Code = value;
                break;
            case "kind":
                request.Kind = value;
                break;
            case "latency_ms" or "latency":
                request.LatencyMs = Int(name, value);
                request.Kind ??= "latency";
                break;
            case "retry_after":
                request.RetryAfter = Int(name, value);
                break;
            case "probability":
                request.Probability = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var p)
                    ? p
                    : throw new FaultRuleException($"'probability' must be a number such as 0.5; got '{value}'.");
                break;
            case "times":
                request.Times = Int(name, value);
                break;
            case "phase":
                request.Phase = value;
                break;
            default:
                throw new FaultRuleException($"unknown setting '{name}'; known settings: {Known}.");
        }
    }

    private static void ApplyWord(FaultRuleRequest request, string word)
    {
        if (word.StartsWith('/'))
        {
            request.Path = request.Path is null ? word : throw new FaultRuleException($"the rule names two paths ('{request.Path}' and '{word}'); give one.");
        }
        else if (request.Path is null)
        {
            request.Method = request.Method is null ? word : throw new FaultRuleException($"expected a path starting with '/' after the method; got '{word}'.");
        }
        else
        {
            // After the path a bare word is the kind: drop, malformed, …
            request.Kind = request.Kind is null ? word : throw new FaultRuleException($"the rule names two kinds ('{request.Kind}' and '{word}'); give one.");
        }
    }

    private static int Int(string name, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new FaultRuleException($"'{name}' must be a whole number; got '{value}'.");
}

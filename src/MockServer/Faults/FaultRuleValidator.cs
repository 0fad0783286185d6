using AvatarIV.MockServer.Domain.Errors;

namespace AvatarIV.MockServer.Faults;

/// <summary>Turns a user's rule into a <see cref="FaultRule"/>, or explains exactly what is wrong with it.</summary>
public static class FaultRuleValidator
{
    public const int MaxLatencyMs = 120_000;

    public static FaultRule Validate(FaultRuleRequest request)
    {
        var path = ValidatePath(request.Path);
        var method = ValidateMethod(request.Method);
        var kind = ParseKind(request);
        var phase = ParsePhase(request.Phase);

        if (kind != FaultKind.Status && (request.Status is not null || request.Code is not null))
        {
            throw new FaultRuleException($"'status' and 'code' only apply to kind 'status'; this rule's kind is '{Lower(kind)}'.");
        }

        var error = kind == FaultKind.Status ? CatalogueEntry(request.Status, request.Code) : null;

        var latency = request.LatencyMs ?? 0;
        if (latency is < 0 or > MaxLatencyMs)
        {
            throw new FaultRuleException($"'latency_ms' must be between 0 and {MaxLatencyMs}; got {latency}.");
        }

        if (kind == FaultKind.Latency && latency == 0)
        {
            throw new FaultRuleException("kind 'latency' needs 'latency_ms' greater than 0, e.g. \"latency_ms\": 1500.");
        }

        if (request.RetryAfter is < 0 or > 3600)
        {
            throw new FaultRuleException($"'retry_after' must be a number of seconds between 0 and 3600; got {request.RetryAfter}.");
        }

        if (request.RetryAfter is not null && kind != FaultKind.Status)
        {
            throw new FaultRuleException("'retry_after' only applies to kind 'status' (e.g. 429 or 503).");
        }

        var probability = request.Probability ?? 1.0;
        if (double.IsNaN(probability) || probability is <= 0 or > 1)
        {
            throw new FaultRuleException($"'probability' must be greater than 0 and at most 1; got {probability}.");
        }

        if (request.Times is < 1)
        {
            throw new FaultRuleException($"'times' must be 1 or more (leave it out to apply forever); got {request.Times}.");
        }

        var retryAfter = request.RetryAfter ?? (error?.Status == 429 ? 1 : null);
        return new FaultRule(method, path, kind, error, retryAfter, latency, probability, request.Times, phase);
    }

    /// <summary>The error a status fault answers: the named code, else the catalogue's generic entry for the status.</summary>
    private static ErrorEntry CatalogueEntry(int? status, string? code)
    {
        var statuses = string.Join(", ", ErrorCatalog.Statuses);
        if (code is not null)
        {
            var named = ErrorCatalog.ByCode(code)
                ?? throw new FaultRuleException($"'code' '{code}' is not an error of the catalogue; use one of: {string.Join(", ", ErrorCatalog.All.Select(e => e.Code))}.");
            return status is null || status == named.Status
                ? named
                : throw new FaultRuleException($"'code' {named.Code} is answered with status {named.Status}, not {status}; leave 'status' out or make it {named.Status}.");
        }

        return status is null
            ? throw new FaultRuleException($"kind 'status' needs a 'status' ({statuses}) or an error 'code', e.g. \"status\": 503.")
            : ErrorCatalog.ForStatus(status.Value)
                ?? throw new FaultRuleException($"'status' {status} is not an error HeyGen answers; use one of {statuses}.");
    }

    private static string ValidatePath(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new FaultRuleException("'path' is required, e.g. \"/v3/videos\" or \"/v3/*\" for a prefix.");
        }

        if (!path.StartsWith('/'))
        {
            throw new FaultRuleException($"'path' must start with '/'; got '{path}'.");
        }

        if (path.IndexOf('*') is var star && star >= 0 && star != path.Length - 1)
        {
            throw new FaultRuleException($"'*' may only end a 'path' (prefix match); got '{path}'.");
        }

        if (path.Contains('?'))
        {
            throw new FaultRuleException($"'path' matches the path only, without a query string; got '{path}'.");
        }

        return path;
    }

    private static string? ValidateMethod(string? method)
    {
        if (string.IsNullOrWhiteSpace(method) || method == "*")
        {
            return null;
        }

        if (!method.All(char.IsAsciiLetter))
        {
            throw new FaultRuleException($"'method' must be an HTTP method such as GET or POST (or left out for any); got '{method}'.");
        }

        return method.ToUpperInvariant();
    }

    private static FaultKind ParseKind(FaultRuleRequest request)
    {
        if (request.Kind is null)
        {
            // A status without a kind can only mean a status fault.
            return request.Status is not null || request.Code is not null
                ? FaultKind.Status
                : throw new FaultRuleException("'kind' is required: one of status, latency, drop, malformed.");
        }

        return request.Kind.ToLowerInvariant() switch
        {
            "status" => FaultKind.Status,
            "latency" => FaultKind.Latency,
            "drop" => FaultKind.Drop,
            "malformed" => FaultKind.Malformed,
            _ => throw new FaultRuleException($"'kind' must be one of status, latency, drop, malformed; got '{request.Kind}'."),
        };
    }

    private static FaultPhase ParsePhase(string? phase) => phase?.ToLowerInvariant() switch
    {
        null or "before" => FaultPhase.Before,
        "after" => FaultPhase.After,
        _ => throw new FaultRuleException($"'phase' must be 'before' (request not handled) or 'after' (handled, then the response replaced); got '{phase}'."),
    };

    private static string Lower(FaultKind kind) => kind.ToString().ToLowerInvariant();
}

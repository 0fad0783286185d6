using AvatarIV.MockServer.Domain.Errors;

namespace AvatarIV.MockServer.Faults;

public enum FaultKind
{
    Status,
    Latency,
    Drop,
    Malformed,
}

public enum FaultPhase
{
    /// <summary>The request is not handled: nothing is created or charged.</summary>
    Before,

    /// <summary>The request is handled (job created, credits reserved), then its response is replaced.</summary>
    After,
}

/// <summary>
/// A validated fault rule. <see cref="Path"/> is exact, or a prefix when it ends with <c>*</c>; a status rule
/// answers one <see cref="ErrorEntry"/> of the catalogue (<see cref="Error"/>).
/// </summary>
public sealed record FaultRule(
    string? Method,
    string Path,
    FaultKind Kind,
    ErrorEntry? Error,
    int? RetryAfterSeconds,
    int LatencyMs,
    double Probability,
    int? Times,
    FaultPhase Phase)
{
    // Routes that stay reachable unless a rule names them explicitly, so that a catch-all rule
    // cannot take away the admin API, the media links or the OpenAPI document.
    private static readonly string[] ProtectedPrefixes = ["/_mock", "/_media", "/openapi"];

    // Always reachable, so that a rule on "/_mock/*" can still be removed (from the dashboard too).
    private static readonly string[] EscapeHatches = ["/_mock/faults", "/_mock/reset", "/_mock/ui"];

    public int? Status => Error?.Status;

    private bool IsPrefix => Path.EndsWith('*');

    private string Literal => IsPrefix ? Path[..^1] : Path;

    public bool Matches(string method, string path)
    {
        if (Method is not null && !string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var pathMatches = IsPrefix
            ? path.StartsWith(Literal, StringComparison.OrdinalIgnoreCase)
            : string.Equals(path, Literal, StringComparison.OrdinalIgnoreCase);
        return pathMatches && !IsShielded(path);
    }

    private bool IsShielded(string path)
    {
        if (EscapeHatches.Any(hatch => path.StartsWith(hatch, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        var protectedPrefix = ProtectedPrefixes.FirstOrDefault(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase));
        return protectedPrefix is not null && !Literal.StartsWith(protectedPrefix, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The flag form of the rule, e.g. <c>POST /v3/videos status=503 times=2 phase=after</c>.</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        if (Method is not null)
        {
            parts.Add(Method);
        }

        parts.Add(Path);
        parts.Add(Kind switch
        {
            FaultKind.Status when Error != ErrorCatalog.ForStatus(Error!.Status) => $"status={Status} code={Error.Code}",
            FaultKind.Status => $"status={Status}",
            FaultKind.Latency => $"latency_ms={LatencyMs}",
            _ => Kind.ToString().ToLowerInvariant(),
        });
        if (RetryAfterSeconds is { } retryAfter)
        {
            parts.Add($"retry_after={retryAfter}");
        }

        if (Probability < 1)
        {
            parts.Add(FormattableString.Invariant($"probability={Probability}"));
        }

        if (Times is { } times)
        {
            parts.Add($"times={times}");
        }

        parts.Add($"phase={Phase.ToString().ToLowerInvariant()}");
        return string.Join(" ", parts);
    }
}

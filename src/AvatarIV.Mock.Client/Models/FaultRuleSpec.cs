namespace AvatarIV.Mock.Client.Models;

/// <summary>
/// A fault rule to add (docs/mock-contract.md, "Fault rules"). <see cref="Path"/> is exact or ends with <c>*</c>;
/// <see cref="Kind"/> is <c>status</c>, <c>latency</c>, <c>drop</c> or <c>malformed</c>; unset fields take the mock's defaults.
/// </summary>
public sealed record FaultRuleSpec(string Path, string Kind = "status")
{
    public string? Method { get; init; }

    public int? Status { get; init; }

    /// <summary>A catalogue error code such as <c>video_not_found</c> (its status follows).</summary>
    public string? Code { get; init; }

    public int? RetryAfter { get; init; }

    public int? LatencyMs { get; init; }

    public double? Probability { get; init; }

    /// <summary>Apply to the next N matching requests, then retire; null = forever.</summary>
    public int? Times { get; init; }

    /// <summary><c>before</c> (default: nothing is handled) or <c>after</c> (handled, then the answer is replaced).</summary>
    public string? Phase { get; init; }
}

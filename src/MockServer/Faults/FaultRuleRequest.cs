namespace AvatarIV.MockServer.Faults;

/// <summary>A fault rule as written by a user (admin JSON or the --fault flag), not yet validated.</summary>
public sealed class FaultRuleRequest
{
    public string? Method { get; set; }
    public string? Path { get; set; }
    public string? Kind { get; set; }
    public int? Status { get; set; }
    public int? RetryAfter { get; set; }
    public int? LatencyMs { get; set; }
    public double? Probability { get; set; }
    public int? Times { get; set; }
    public string? Phase { get; set; }
}

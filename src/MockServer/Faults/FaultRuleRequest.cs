namespace AvatarIV.MockServer.Faults;

/// <summary>A fault rule as written by a user (admin JSON or the --fault flag), not yet validated.</summary>
public sealed class FaultRuleRequest
{
    public string? Method { get; set; }
    public string? Path { get; set; }
    public string? Kind { get; set; }
    public int? Status { get; set; }

    /// <summary>A catalogue error code (e.g. <c>video_not_found</c>) for a status fault; its status follows.</summary>
    public string? Code { get; set; }
    public int? RetryAfter { get; set; }
    public int? LatencyMs { get; set; }
    public double? Probability { get; set; }
    public int? Times { get; set; }
    public string? Phase { get; set; }
}

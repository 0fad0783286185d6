namespace AvatarIV.Mock.Client.Models;

/// <summary>A fault rule in force (<c>GET /_mock/faults</c>), with how often it fired and has left.</summary>
public sealed record MockFaultRule(
    string Id,
    string? Method,
    string Path,
    string Kind,
    int? Status,
    string? Code,
    int? RetryAfter,
    int LatencyMs,
    double Probability,
    int? Times,
    int? TimesLeft,
    int Hits,
    string Phase,
    string Flag,
    bool Enabled);

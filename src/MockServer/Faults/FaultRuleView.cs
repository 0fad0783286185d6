namespace AvatarIV.MockServer.Faults;

/// <summary>A rule in force as the admin API shows it (snake_case on the wire).</summary>
public sealed record FaultRuleView(
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
    bool Enabled)
{
    public static FaultRuleView Of(ActiveFaultRule active)
    {
        var rule = active.Rule;
        return new FaultRuleView(
            active.Id,
            rule.Method,
            rule.Path,
            rule.Kind.ToString().ToLowerInvariant(),
            rule.Status,
            rule.Error?.Code,
            rule.RetryAfterSeconds,
            rule.LatencyMs,
            rule.Probability,
            rule.Times,
            active.TimesLeft,
            active.Hits,
            rule.Phase.ToString().ToLowerInvariant(),
            rule.ToString(),
            active.Enabled);
    }
}

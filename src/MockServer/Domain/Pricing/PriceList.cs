using AvatarIV.MockServer.Domain.Facts;

namespace AvatarIV.MockServer.Domain.Pricing;

/// <summary>
/// What a video costs, from the facts' pricing profile: its length is billed in whole granules (1 s), times the
/// surface's credits per second and any multipliers (custom motion prompt, v3 resolution), charged in whole
/// hundredths of a credit, rounded up, so a ledger never holds a fraction of a cent.
/// </summary>
public sealed class PriceList(MockFacts facts, string? profileName)
{
    private readonly SurfacePrices _profile = facts.Pricing.Profiles[profileName ?? facts.Pricing.DefaultProfile];

    public decimal CreditsFor(double seconds, VideoSurface surface, bool hasMotionPrompt, string? resolution)
    {
        var rate = surface == VideoSurface.V3 ? _profile.V3 : _profile.Legacy;
        var granule = Math.Max(1, facts.Ledger.BillingGranularitySeconds);

        // Rounded to the microsecond first so that 3.0000000001 s (float noise) bills as 3 s, not 4.
        var granules = (decimal)Math.Ceiling(Math.Round(seconds, 6) / granule);
        var factor = (hasMotionPrompt ? rate.MotionPromptMultiplier : 1m)
            * (resolution is not null && rate.ResolutionMultipliers.TryGetValue(resolution, out var byResolution) ? byResolution : 1m);
        var hundredths = Math.Ceiling(granules * granule * rate.CreditsPerSecond * factor * 100m);
        return hundredths / 100m;
    }
}

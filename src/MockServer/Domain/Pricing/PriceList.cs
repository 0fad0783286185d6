using AvatarIV.MockServer.Domain.Facts;

namespace AvatarIV.MockServer.Domain.Pricing;

/// <summary>
/// What a video costs, from the facts' pricing profile: its length is billed in whole granules (1 s), times the
/// surface's credits per second (v3 video avatars: their own rate) and any multipliers (custom motion prompt, v3 resolution), charged in whole
/// hundredths of a credit, rounded up, so a ledger never holds a fraction of a cent.
/// </summary>
public sealed class PriceList(MockFacts facts, string? profileName)
{
    private readonly SurfacePrices _profile = facts.Pricing.Profiles[profileName ?? facts.Pricing.DefaultProfile];

    /// <summary>Credits for a video; <paramref name="videoAvatar"/>: a v3 <c>type:"avatar"</c> video of a digital twin or studio avatar (its own rate).</summary>
    public decimal CreditsFor(double seconds, VideoSurface surface, bool hasMotionPrompt, string? resolution, bool videoAvatar = false)
    {
        var rate = surface != VideoSurface.V3 ? _profile.Legacy : videoAvatar ? _profile.V3VideoAvatar ?? _profile.V3 : _profile.V3;
        var granule = Math.Max(1, facts.Ledger.BillingGranularitySeconds);

        // Rounded to the microsecond first so that 3.0000000001 s (float noise) bills as 3 s, not 4.
        var granules = (decimal)Math.Ceiling(Math.Round(seconds, 6) / granule);
        var factor = (hasMotionPrompt ? rate.MotionPromptMultiplier : 1m)
            * (resolution is not null && rate.ResolutionMultipliers.TryGetValue(resolution, out var byResolution) ? byResolution : 1m);
        var hundredths = Math.Ceiling(granules * granule * rate.CreditsPerSecond * factor * 100m);
        return hundredths / 100m;
    }
}

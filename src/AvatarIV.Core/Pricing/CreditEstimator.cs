using AvatarIV.Core.Facts;

namespace AvatarIV.Core.Pricing;

/// <summary>What a planned video will cost, from the same pricing table the mock charges with.</summary>
public sealed record CreditEstimate(
    ApiSurface Surface,
    double DurationSeconds,
    double BilledSeconds,
    decimal Credits,
    long QuotaUnits,
    decimal Usd);

/// <summary>Prices a video from its duration; one implementation shared by the client (estimates) and the mock (charges).</summary>
public static class CreditEstimator
{
    /// <summary>Estimates the cost of <paramref name="durationSeconds"/> of Avatar IV output.</summary>
    /// <param name="durationSeconds">Length of the output video.</param>
    /// <param name="surface">Which API surface creates the video (rates can differ per surface).</param>
    /// <param name="hasMotionPrompt">Whether a custom motion prompt is sent (some profiles charge more for it).</param>
    /// <param name="resolution">v3 resolution (<c>4k</c>, <c>1080p</c>, <c>720p</c>), when known.</param>
    /// <param name="profile">Pricing profile name; null = the facts' default (<c>api</c>).</param>
    /// <param name="facts">Facts to price with; null = <see cref="HeyGenFacts.Default"/>.</param>
    public static CreditEstimate Estimate(
        double durationSeconds,
        ApiSurface surface,
        bool hasMotionPrompt = false,
        string? resolution = null,
        string? profile = null,
        HeyGenFacts? facts = null)
    {
        facts ??= HeyGenFacts.Default;
        return Price(durationSeconds, surface, facts.Profile(profile).For(surface), hasMotionPrompt, resolution, facts);
    }

    /// <summary>
    /// Estimates a v3 video of an avatar look (<see cref="AvatarLook.AvatarType"/>): video avatars (<c>digital_twin</c>,
    /// <c>studio_avatar</c>) are billed at their own rate, photo avatars like a photo video.
    /// </summary>
    public static CreditEstimate EstimateForLook(
        double durationSeconds,
        string avatarType,
        bool hasMotionPrompt = false,
        string? resolution = null,
        string? profile = null,
        HeyGenFacts? facts = null)
    {
        facts ??= HeyGenFacts.Default;
        return Price(durationSeconds, ApiSurface.V3, facts.Profile(profile).ForLook(avatarType), hasMotionPrompt, resolution, facts);
    }

    private static CreditEstimate Price(double durationSeconds, ApiSurface surface, SurfaceRate rate, bool hasMotionPrompt, string? resolution, HeyGenFacts facts)
    {
        if (durationSeconds < 0 || double.IsNaN(durationSeconds) || double.IsInfinity(durationSeconds))
        {
            throw new ArgumentOutOfRangeException(nameof(durationSeconds), durationSeconds, "Duration must be zero or more seconds.");
        }

        var granularity = Math.Max(1, facts.Ledger.BillingGranularitySeconds);
        var billed = Math.Ceiling(Math.Round(durationSeconds, 6) / granularity) * granularity;

        var multiplier = hasMotionPrompt ? rate.MotionPromptMultiplier : 1m;
        if (resolution is not null && rate.ResolutionMultipliers.TryGetValue(resolution, out var byResolution))
        {
            multiplier *= byResolution;
        }

        // Credits are charged in hundredths, rounded up, so a ledger never drifts by fractions of a cent.
        var raw = (decimal)billed * rate.CreditsPerSecond * multiplier;
        var credits = Math.Ceiling(raw * 100m) / 100m;
        var quota = (long)Math.Round(credits * facts.Ledger.QuotaUnitsPerCredit, MidpointRounding.AwayFromZero);
        var usd = Math.Round(credits * facts.Ledger.UsdPerCredit, 4);
        return new CreditEstimate(surface, durationSeconds, billed, credits, quota, usd);
    }
}

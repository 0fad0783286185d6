using AvatarIV.Core;
using AvatarIV.Core.Preflight;
using AvatarIV.Core.Pricing;
using AvatarIV.PowerShell.Models;

namespace AvatarIV.PowerShell.Handlers;

/// <summary>
/// Length and price of a planned video, worked out locally with the same rules the mock charges by:
/// a script's speaking time, or an audio file's playing time. Shared by -WhatIf and Get-AvatarIVCredit -Estimate.
/// </summary>
internal static class VideoEstimate
{
    /// <param name="avatarType">A look video's avatar type (video avatars have their own v3 rate); null = a photo video.</param>
    public static AvatarCreditEstimate ForScript(string script, bool hasMotionPrompt, string? resolution, ApiSurface surface, string? avatarType = null)
    {
        PreflightChecks.CheckScript(script);
        return Price("Script", ScriptDuration.EstimateSeconds(script), hasMotionPrompt, resolution, surface, avatarType);
    }

    /// <summary>Checks the audio file (format, length) and prices its playing time.</summary>
    public static AvatarCreditEstimate ForAudioFile(string path, bool hasMotionPrompt, string? resolution, ApiSurface surface)
    {
        using var stream = File.OpenRead(path);
        var audio = PreflightChecks.CheckAudio(stream, surface);
        return Price("Audio", audio.DurationSeconds, hasMotionPrompt, resolution, surface);
    }

    public static AvatarCreditEstimate ForDuration(double seconds, bool hasMotionPrompt, string? resolution, ApiSurface surface) =>
        Price("Duration", seconds, hasMotionPrompt, resolution, surface);

    /// <summary>Text for -WhatIf and -Confirm.</summary>
    public static string Describe(AvatarCreditEstimate? estimate) => estimate is null
        ? "length and cost unknown until HeyGen reads the audio"
        : $"estimated {estimate.DurationSeconds:0.#} s, {estimate.Credits:0.##} credits";

    private static AvatarCreditEstimate Price(string source, double seconds, bool hasMotionPrompt, string? resolution, ApiSurface surface, string? avatarType = null)
    {
        var price = avatarType is null
            ? CreditEstimator.Estimate(seconds, surface, hasMotionPrompt, resolution)
            : CreditEstimator.EstimateForLook(seconds, avatarType, hasMotionPrompt, resolution);
        return new AvatarCreditEstimate
        {
            Source = source,
            DurationSeconds = price.DurationSeconds,
            BilledSeconds = price.BilledSeconds,
            Credits = price.Credits,
            QuotaUnits = price.QuotaUnits,
            Usd = price.Usd,
            HasMotionPrompt = hasMotionPrompt,
            ApiVersion = ModelMapper.ToApiVersion(surface),
        };
    }
}

using System.Text.RegularExpressions;
using AvatarIV.Core.Facts;

namespace AvatarIV.Core.Pricing;

/// <summary>
/// Estimates how long a script takes to speak. The mock uses the same estimate to decide a
/// script-driven video's length, so the client's estimate and the mock's charge agree.
/// </summary>
public static class ScriptDuration
{
    private static readonly Regex Word = new(@"[\p{L}\p{N}][\p{L}\p{N}'’\-]*", RegexOptions.Compiled);
    private static readonly Regex SentenceEnd = new(@"[.!?…]+(?=\s|$)", RegexOptions.Compiled);

    /// <summary>Number of spoken words.</summary>
    public static int CountWords(string? script) => string.IsNullOrWhiteSpace(script) ? 0 : Word.Matches(script).Count;

    /// <summary>Seconds of speech at <paramref name="speed"/> (1 = normal, 0.5–1.5 as v3's voice_settings.speed), rounded up to 0.1 s.</summary>
    public static double EstimateSeconds(string? script, double speed = 1.0, HeyGenFacts? facts = null)
    {
        var words = CountWords(script);
        if (words == 0)
        {
            return 0;
        }

        if (speed <= 0 || double.IsNaN(speed) || double.IsInfinity(speed))
        {
            throw new ArgumentOutOfRangeException(nameof(speed), speed, "Speaking speed must be a positive number (1 is normal speed).");
        }

        var speech = (facts ?? HeyGenFacts.Default).Speech;
        var sentences = Math.Max(1, SentenceEnd.Matches(script!).Count);
        var seconds = (words * 60.0 / speech.WordsPerMinute + sentences * speech.SentencePauseSeconds) / speed;
        var rounded = Math.Ceiling(Math.Round(seconds * 10, 6)) / 10;
        return Math.Max(rounded, (facts ?? HeyGenFacts.Default).Limits.MinVideoSeconds);
    }
}

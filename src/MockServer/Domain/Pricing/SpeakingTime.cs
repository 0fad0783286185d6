using AvatarIV.MockServer.Domain.Facts;

namespace AvatarIV.MockServer.Domain.Pricing;

/// <summary>
/// How long a script-driven video lasts: words at the facts' words-per-minute plus a pause per sentence, divided by
/// the voice speed, rounded up to a tenth of a second, and never shorter than the shortest video.
/// A word starts with a letter or digit and runs on through letters, digits, apostrophes and hyphens
/// ("don't", "well-known" are one word); a sentence ends with . ! ? or … before white space or the end.
/// </summary>
public sealed class SpeakingTime(MockFacts facts)
{
    public double SecondsFor(string? script, double speed = 1)
    {
        if (string.IsNullOrEmpty(script)) return 0;
        var (words, sentences) = Count(script);
        if (words == 0) return 0;
        if (!(speed > 0) || double.IsInfinity(speed)) throw new ArgumentOutOfRangeException(nameof(speed), speed, "The voice speed must be a positive number.");

        var speaking = words / (facts.Speech.WordsPerMinute / 60) + (Math.Max(1, sentences) * facts.Speech.SentencePauseSeconds);
        var tenths = Math.Ceiling(Math.Round(speaking / speed * 10, 6));
        return Math.Max(tenths / 10, facts.Limits.MinVideoSeconds);
    }

    private static (int Words, int Sentences) Count(string script)
    {
        int words = 0, sentences = 0;
        var inWord = false;
        for (var i = 0; i < script.Length; i++)
        {
            var c = script[i];
            if (char.IsLetter(c) || char.IsNumber(c))
            {
                words += inWord ? 0 : 1;
                inWord = true;
                continue;
            }

            inWord = inWord && c is '\'' or '’' or '-';
            if (IsSentenceEnd(c) && (i + 1 == script.Length || (!IsSentenceEnd(script[i + 1]) && char.IsWhiteSpace(script[i + 1]))))
            {
                sentences++;
            }
        }

        return (words, sentences);
    }

    private static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or '…';
}

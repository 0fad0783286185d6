using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace AvatarIV.MockServer.Domain.Captions;

/// <summary>
/// The SRT a captioned video's <c>subtitle_url</c> serves: the script cut at sentence ends into cues of at most
/// <see cref="MaxWordsPerCue"/> words, laid end to end over the whole video, each lasting in proportion to its length
/// (the same reading pace the duration came from). An audio-driven video has no script to show; the mock cannot
/// transcribe, so its track is one cue, <see cref="AudioCueText"/>, covering the video (docs/decisions.md, "Captions").
/// </summary>
public static partial class SubtitleTrack
{
    public const int MaxWordsPerCue = 8;
    public const string AudioCueText = "[speech]";

    public sealed record Cue(int Index, double Start, double End, string Text);

    public static IReadOnlyList<Cue> CuesFor(string? script, double durationSeconds)
    {
        var texts = Chunks(script).ToList();
        if (texts.Count == 0)
        {
            return [new Cue(1, 0, durationSeconds, AudioCueText)];
        }

        // Weighted by characters plus a little per cue, so short words and pauses both get their share.
        var weights = texts.Select(t => t.Length + 4.0).ToList();
        var total = weights.Sum();
        var cues = new List<Cue>(texts.Count);
        var start = 0.0;
        for (var i = 0; i < texts.Count; i++)
        {
            var end = i == texts.Count - 1 ? durationSeconds : Math.Round(start + (durationSeconds * weights[i] / total), 3);
            cues.Add(new Cue(i + 1, start, end, texts[i]));
            start = end;
        }

        return cues;
    }

    public static string Srt(string? script, double durationSeconds)
    {
        var srt = new StringBuilder();
        foreach (var cue in CuesFor(script, durationSeconds))
        {
            srt.Append(cue.Index.ToString(CultureInfo.InvariantCulture)).Append('\n')
                .Append(Time(cue.Start)).Append(" --> ").Append(Time(cue.End)).Append('\n')
                .Append(cue.Text).Append("\n\n");
        }

        return srt.ToString();
    }

    private static IEnumerable<string> Chunks(string? script)
    {
        foreach (var sentence in SentenceEnd().Split(script ?? string.Empty))
        {
            var words = sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < words.Length; i += MaxWordsPerCue)
            {
                yield return string.Join(' ', words.Skip(i).Take(MaxWordsPerCue));
            }
        }
    }

    private static string Time(double seconds)
    {
        var t = TimeSpan.FromMilliseconds(Math.Round(seconds * 1000));
        return string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalHours:00}:{t.Minutes:00}:{t.Seconds:00},{t.Milliseconds:000}");
    }

    // Split after ., !, ?, … (keeping the mark with its sentence) and at line breaks.
    [GeneratedRegex(@"(?<=[.!?…。！？])\s+|\r?\n+")]
    private static partial Regex SentenceEnd();
}

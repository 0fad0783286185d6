using System.Text.RegularExpressions;
using AvatarIV.Core.Facts;
using AvatarIV.Core.Pricing;

namespace AvatarIV.Core.Scripts;

/// <summary>
/// Cuts a long script into parts that each take at most a given time to speak (per <see cref="ScriptDuration"/>).
/// Cuts at sentence ends where it can, else at clause punctuation (, ; :), else between words; never inside a word.
/// All text is kept: joining the parts with spaces gives the script back (modulo whitespace).
/// A single word that alone exceeds the cap becomes its own, over-long part.
/// </summary>
public static class ScriptSplitter
{
    private static readonly Regex Token = new(@"\S+", RegexOptions.Compiled);
    private static readonly Regex SentenceEnd = new(@"[.!?…]+[""'”’)\]]*$", RegexOptions.Compiled);
    private static readonly Regex ClauseEnd = new(@"[,;:]+[""'”’)\]]*$", RegexOptions.Compiled);

    public static IReadOnlyList<ScriptPart> Split(string script, double maxSecondsPerPart, double speed = 1.0, HeyGenFacts? facts = null)
    {
        if (maxSecondsPerPart <= 0 || double.IsNaN(maxSecondsPerPart) || double.IsInfinity(maxSecondsPerPart))
        {
            throw new ArgumentOutOfRangeException(nameof(maxSecondsPerPart), maxSecondsPerPart, "The cap per part must be a positive number of seconds.");
        }

        if (speed <= 0 || double.IsNaN(speed) || double.IsInfinity(speed))
        {
            throw new ArgumentOutOfRangeException(nameof(speed), speed, "Speaking speed must be a positive number (1 is normal speed).");
        }

        if (string.IsNullOrWhiteSpace(script))
        {
            return [];
        }

        var splitter = new Run(script, maxSecondsPerPart, speed, facts ?? HeyGenFacts.Default);
        return splitter.Split();
    }

    /// <summary>One split: tokens (runs of non-space) with how strongly the text may break after each.</summary>
    private sealed class Run
    {
        private readonly string _script;
        private readonly double _cap;
        private readonly double _speed;
        private readonly HeyGenFacts _facts;
        private readonly List<Match> _tokens;
        private readonly List<int> _breakAfter;

        public Run(string script, double cap, double speed, HeyGenFacts facts)
        {
            _script = script;
            _cap = cap;
            _speed = speed;
            _facts = facts;
            _tokens = Token.Matches(script).Cast<Match>().ToList();
            _breakAfter = _tokens.Select(t => SentenceEnd.IsMatch(t.Value) ? 3 : ClauseEnd.IsMatch(t.Value) ? 2 : 1).ToList();
        }

        public IReadOnlyList<ScriptPart> Split()
        {
            var ranges = new List<(int First, int Last)>();
            Pack(0, _tokens.Count - 1, level: 3, ranges);
            return ranges
                .Select((r, i) =>
                {
                    var text = TextOf(r.First, r.Last);
                    return new ScriptPart(i, text, ScriptDuration.CountWords(text), Seconds(text));
                })
                .ToList();
        }

        /// <summary>Greedily packs the segments of [first, last] that end at breaks of at least <paramref name="level"/>.</summary>
        private void Pack(int first, int last, int level, List<(int First, int Last)> output)
        {
            int? open = null;
            var previousEnd = -1;
            foreach (var (segFirst, segLast) in Segments(first, last, level))
            {
                if (open is { } start && Fits(start, segLast))
                {
                    previousEnd = segLast;
                    continue;
                }

                if (open is { } done)
                {
                    output.Add((done, previousEnd));
                    open = null;
                }

                if (Fits(segFirst, segLast) || (level == 1))
                {
                    open = segFirst;
                    previousEnd = segLast;
                }
                else
                {
                    Pack(segFirst, segLast, level - 1, output);
                }
            }

            if (open is { } tail)
            {
                output.Add((tail, previousEnd));
            }
        }

        private IEnumerable<(int First, int Last)> Segments(int first, int last, int level)
        {
            var start = first;
            for (var i = first; i <= last; i++)
            {
                if (_breakAfter[i] >= level || i == last)
                {
                    yield return (start, i);
                    start = i + 1;
                }
            }
        }

        private bool Fits(int first, int last) => Seconds(TextOf(first, last)) <= _cap;

        private double Seconds(string text) => ScriptDuration.EstimateSeconds(text, _speed, _facts);

        private string TextOf(int first, int last)
        {
            var start = _tokens[first].Index;
            var end = _tokens[last].Index + _tokens[last].Length;
            return _script.Substring(start, end - start);
        }
    }
}

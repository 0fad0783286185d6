using System.Text.RegularExpressions;
using AvatarIV.Core.Pricing;
using AvatarIV.Core.Scripts;

namespace AvatarIV.Core.Tests.Scripts;

public sealed class ScriptSplitterTests
{
    private static readonly string LongScript = string.Join(
        " ",
        Enumerable.Range(1, 60).Select(i => $"Sentence number {i} tells the audience something new, with a clause or two; and then it ends."));

    [Fact]
    public void Every_part_of_a_long_script_fits_the_cap_and_no_text_is_lost()
    {
        var parts = ScriptSplitter.Split(LongScript, maxSecondsPerPart: 30);

        parts.Count.ShouldBeGreaterThan(5);
        parts.ShouldAllBe(p => p.EstimatedSeconds <= 30);
        parts.ShouldAllBe(p => ScriptDuration.EstimateSeconds(p.Text, 1.0, null) == p.EstimatedSeconds);
        Normalise(string.Join(" ", parts.Select(p => p.Text))).ShouldBe(Normalise(LongScript));
        parts.Select(p => p.Index).ShouldBe(Enumerable.Range(0, parts.Count));
    }

    [Fact]
    public void Parts_end_at_sentence_ends_when_sentences_fit()
    {
        var parts = ScriptSplitter.Split(LongScript, maxSecondsPerPart: 30);

        parts.ShouldAllBe(p => p.Text.EndsWith('.'));
        parts.ShouldAllBe(p => p.Text.StartsWith("Sentence number"));
    }

    [Fact]
    public void A_sentence_longer_than_the_cap_is_cut_at_clause_punctuation()
    {
        const string script = "First clause has a few words in it, second clause also has a few words, third clause keeps going on; and the last clause ends here.";

        var parts = ScriptSplitter.Split(script, maxSecondsPerPart: 4);

        parts.Count.ShouldBeGreaterThan(1);
        parts.Take(parts.Count - 1).ShouldAllBe(p => p.Text.EndsWith(',') || p.Text.EndsWith(';'));
        Normalise(string.Join(" ", parts.Select(p => p.Text))).ShouldBe(Normalise(script));
    }

    [Fact]
    public void Without_punctuation_it_cuts_between_words_never_inside_one()
    {
        var words = Enumerable.Range(1, 200).Select(i => "word" + i).ToArray();
        var script = string.Join(" ", words);

        var parts = ScriptSplitter.Split(script, maxSecondsPerPart: 10, speed: 1.5);

        parts.ShouldAllBe(p => p.EstimatedSeconds <= 10);
        parts.SelectMany(p => p.Text.Split(' ')).ShouldBe(words);
    }

    [Fact]
    public void Speaking_faster_needs_fewer_parts()
    {
        var slow = ScriptSplitter.Split(LongScript, 30, speed: 0.75);
        var fast = ScriptSplitter.Split(LongScript, 30, speed: 1.5);

        fast.Count.ShouldBeLessThan(slow.Count);
    }

    [Fact]
    public void A_single_word_longer_than_the_cap_becomes_its_own_part()
    {
        var parts = ScriptSplitter.Split("Hi there. Supercalifragilistic", maxSecondsPerPart: 0.5);

        parts.Select(p => p.Text).ShouldBe(["Hi", "there.", "Supercalifragilistic"]);
    }

    [Fact]
    public void Empty_script_gives_no_parts_and_bad_caps_are_refused()
    {
        ScriptSplitter.Split("   ", 10).ShouldBeEmpty();
        Should.Throw<ArgumentOutOfRangeException>(() => ScriptSplitter.Split("Hello.", 0)).ParamName.ShouldBe("maxSecondsPerPart");
        Should.Throw<ArgumentOutOfRangeException>(() => ScriptSplitter.Split("Hello.", 10, speed: 0)).ParamName.ShouldBe("speed");
    }

    private static string Normalise(string text) => Regex.Replace(text.Trim(), @"\s+", " ");
}

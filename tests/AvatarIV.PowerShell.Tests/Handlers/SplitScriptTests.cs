using AvatarIV.PowerShell.Handlers;
using AvatarIV.PowerShell.Models;
using AvatarIV.TestSupport;

namespace AvatarIV.PowerShell.Tests.Handlers;

/// <summary>Split-AvatarIVScript: offline, so no mock requests are needed (the harness only supplies a context).</summary>
public sealed class SplitScriptTests : IClassFixture<PollingMock>
{
    private readonly RunningMock _mock;

    public SplitScriptTests(PollingMock fixture) => _mock = fixture.Mock;

    [Fact]
    public void A_long_script_splits_at_sentences_into_parts_under_the_limit_that_keep_every_word()
    {
        using var h = new Harness(_mock);
        var script = string.Join(" ", Enumerable.Range(1, 40).Select(i => $"This is sentence number {i} of a long speech."));

        new SplitScriptHandler(h.Context).Split(script, maxSeconds: 20, speed: 1.0);

        var parts = h.Sink.Written<AvatarScriptPart>().ToList();
        parts.Count.ShouldBeGreaterThan(1);
        parts.ShouldAllBe(p => p.EstimatedSeconds <= 20);
        parts.ShouldAllBe(p => p.Script.TrimEnd().EndsWith("."));
        string.Join(" ", parts.Select(p => p.Script.Trim())).ShouldBe(script);
        parts.Select(p => p.Index).ShouldBe(Enumerable.Range(parts[0].Index, parts.Count));
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using AvatarIV.Core;
using AvatarIV.PowerShell.Completion;
using AvatarIV.PowerShell.Handlers;
using AvatarIV.PowerShell.Models;
using AvatarIV.TestSupport;

namespace AvatarIV.PowerShell.Tests.Handlers;

/// <summary>Get-AvatarIVVoice and -VoiceId tab completion.</summary>
public sealed class VoiceTests : IClassFixture<PollingMock>
{
    private readonly RunningMock _mock;

    public VoiceTests(PollingMock fixture) => _mock = fixture.Mock;

    [Fact]
    public async Task Completion_fetches_the_voice_list_once_per_session_and_matches_id_prefixes_and_names()
    {
        using var h = new Harness(_mock);
        var voices = await h.Context.Client.GetVoicesAsync();
        var sample = voices.First();
        var fetches = 0;
        Task<IReadOnlyList<Voice>> Fetch(CancellationToken ct)
        {
            Interlocked.Increment(ref fetches);
            return h.Context.Client.GetVoicesAsync(null, ct);
        }

        var byId = await h.Session.Voices.CompleteAsync(sample.VoiceId.Substring(0, 3), Fetch, CancellationToken.None);
        var byName = await h.Session.Voices.CompleteAsync("'" + sample.Name.Substring(1, 3).ToUpperInvariant(), Fetch, CancellationToken.None);

        fetches.ShouldBe(1);
        byId.ShouldContain(i => i.CompletionText == VoiceCompletion.Quote(sample.VoiceId));
        byId.ShouldAllBe(i => i.ListItemText.Length > 0);
        byName.ShouldContain(i => i.ListItemText.Contains(sample.Name));
    }

    [Fact]
    public void Completion_quotes_ids_PowerShell_would_split()
    {
        VoiceCompletion.Quote("en_US-1.v2").ShouldBe("en_US-1.v2");
        VoiceCompletion.Quote("my voice").ShouldBe("'my voice'");
        VoiceCompletion.Quote("it's").ShouldBe("'it''s'");
    }

    [Fact]
    public async Task A_failed_fetch_is_not_cached()
    {
        using var h = new Harness(_mock);
        await Should.ThrowAsync<InvalidOperationException>(() =>
            h.Session.Voices.CompleteAsync("a", _ => throw new InvalidOperationException("offline"), CancellationToken.None));

        var items = await h.Session.Voices.CompleteAsync("", ct => h.Context.Client.GetVoicesAsync(null, ct), CancellationToken.None);

        items.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Get_voice_filters_names_with_wildcards()
    {
        using var h = new Harness(_mock);
        var name = (await h.Context.Client.GetVoicesAsync()).First().Name;

        await new GetVoiceHandler(h.Context).GetAsync(null, null, name.Substring(0, 2) + "*");

        var voices = h.Sink.Written<AvatarVoice>().ToList();
        voices.ShouldContain(v => v.Name == name);
        voices.ShouldAllBe(v => v.Name.StartsWith(name.Substring(0, 2), StringComparison.OrdinalIgnoreCase));
    }
}

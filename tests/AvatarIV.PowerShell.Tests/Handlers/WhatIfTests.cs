using System.Net.Http.Json;
using System.Text.Json;
using AvatarIV.PowerShell.Handlers;
using AvatarIV.PowerShell.Models;
using AvatarIV.TestSupport;

namespace AvatarIV.PowerShell.Tests.Handlers;

/// <summary>New-AvatarIVVideo -WhatIf shows the estimate and spends (and uploads) nothing.</summary>
public sealed class WhatIfTests : IClassFixture<PollingMock>
{
    private readonly RunningMock _mock;

    public WhatIfTests(PollingMock fixture) => _mock = fixture.Mock;

    [Fact]
    public async Task WhatIf_with_a_script_shows_duration_and_credits_and_creates_nothing()
    {
        using var h = new Harness(_mock);
        var voice = await h.AnyVoiceIdAsync();
        var asset = await h.UploadPhotoAsync();
        await new GetCreditHandler(h.Context).GetBalanceAsync();
        var jobsBefore = await JobCountAsync();
        h.Sink.Proceed = false;

        await new NewVideoHandler(h.Context).CreateAsync(new NewVideoParameters { AssetId = asset.AssetId, Script = "Nothing will be spent on this.", VoiceId = voice, Title = "dry run" });

        var (target, action) = h.Sink.ShouldProcessCalls.ShouldHaveSingleItem();
        target.ShouldBe("dry run");
        action.ShouldContain("estimated");
        action.ShouldContain("credits");
        h.Sink.Written<AvatarVideo>().ShouldBeEmpty();
        (await JobCountAsync()).ShouldBe(jobsBefore);
        await new GetCreditHandler(h.Context).GetBalanceAsync();
        var balances = h.Sink.Written<AvatarCredit>().Select(c => c.RemainingCredits).ToList();
        balances[1].ShouldBe(balances[0]);
    }

    [Fact]
    public async Task WhatIf_with_an_audio_file_uses_its_length_and_uploads_nothing()
    {
        using var h = new Harness(_mock);
        var asset = await h.UploadPhotoAsync();
        var audio = h.File("song.wav", SampleMedia.Wav(12));
        var assetsBefore = await CountAsync("assets");
        h.Sink.Proceed = false;

        await new NewVideoHandler(h.Context).CreateAsync(new NewVideoParameters { AssetId = asset.AssetId, AudioPath = audio });

        h.Sink.ShouldProcessCalls.ShouldHaveSingleItem().Action.ShouldContain("estimated 12 s");
        (await CountAsync("assets")).ShouldBe(assetsBefore);
        h.Sink.Errors.ShouldBeEmpty();
    }

    private Task<int> JobCountAsync() => CountAsync("jobs");

    private async Task<int> CountAsync(string collection)
    {
        var state = await _mock.Admin.GetFromJsonAsync<JsonElement>("_mock/state");
        return state.GetProperty(collection).GetArrayLength();
    }
}

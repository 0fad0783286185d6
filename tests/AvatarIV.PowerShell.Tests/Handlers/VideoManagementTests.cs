using AvatarIV.PowerShell.Handlers;
using AvatarIV.PowerShell.Models;
using AvatarIV.TestSupport;

namespace AvatarIV.PowerShell.Tests.Handlers;

/// <summary>Get-AvatarIVVideo and Remove-AvatarIVVideo.</summary>
public sealed class VideoManagementTests : IClassFixture<PollingMock>
{
    private readonly RunningMock _mock;

    public VideoManagementTests(PollingMock fixture) => _mock = fixture.Mock;

    [Fact]
    public async Task Listing_filters_by_title_wildcard_and_stops_after_First()
    {
        using var h = new Harness(_mock);
        var voice = await h.AnyVoiceIdAsync();
        var asset = await h.UploadPhotoAsync();
        foreach (var title in new[] { "promo A", "promo B", "other" })
        {
            await new NewVideoHandler(h.Context).CreateAsync(new NewVideoParameters { AssetId = asset.AssetId, Script = "Listed.", VoiceId = voice, Title = title });
        }

        var listed = new RecordingSink();
        using var context = new HandlerContext(h.Session, listed, null, CancellationToken.None);
        await new GetVideoHandler(context).ListAsync("promo*", null);
        listed.Written<AvatarVideo>().Select(v => v.Title).ShouldBe(new[] { "promo A", "promo B" }, ignoreOrder: true);

        var first = new RecordingSink();
        using var firstContext = new HandlerContext(h.Session, first, null, CancellationToken.None);
        await new GetVideoHandler(firstContext).ListAsync(null, 1);
        first.Written<AvatarVideo>().Count().ShouldBe(1);
    }

    [Fact]
    public async Task Remove_asks_first_and_deletes_only_when_allowed()
    {
        using var h = new Harness(_mock);
        var voice = await h.AnyVoiceIdAsync();
        var asset = await h.UploadPhotoAsync();
        await new NewVideoHandler(h.Context).CreateAsync(new NewVideoParameters { AssetId = asset.AssetId, Script = "Delete me.", VoiceId = voice });
        var id = h.Sink.Written<AvatarVideo>().Single().VideoId;

        h.Sink.Proceed = false;
        await new RemoveVideoHandler(h.Context).RemoveAsync(id);
        await new GetVideoHandler(h.Context).GetAsync(id);
        h.Sink.Errors.ShouldBeEmpty();

        h.Sink.Proceed = true;
        await new RemoveVideoHandler(h.Context).RemoveAsync(id);
        await new GetVideoHandler(h.Context).GetAsync(id);

        h.Sink.ShouldProcessCalls.Skip(1).Select(c => c.Target).ShouldBe(new[] { id, id }, "one question per Remove, after the create's");
        h.Sink.Errors.ShouldHaveSingleItem().ErrorId.ShouldBe("AvatarIV.NotFound");
    }
}

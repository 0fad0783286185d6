using AvatarIV.Core.Media;
using AvatarIV.TestSupport;

namespace AvatarIV.Core.Tests.AgainstMock;

/// <summary>Every operation, on both surfaces, against the real mock over HTTP.</summary>
public sealed class OperationsTests(ImmediateMockFixture fixture) : IClassFixture<ImmediateMockFixture>
{
    private RunningMock Mock => fixture.Mock;

    [Theory]
    [InlineData(ApiSurface.V3)]
    [InlineData(ApiSurface.Legacy)]
    public async Task Uploading_a_photo_streams_it_and_reports_progress(ApiSurface surface)
    {
        using var client = MockClients.Create(Mock, surface, MockClients.NewKey("upload"));
        var bytes = SampleMedia.Jpeg(640, 640);
        var reports = new List<TransferProgress>();

        var asset = await client.UploadAssetAsync(new MemoryStream(bytes), "portrait.jpg", progress: new SyncProgress<TransferProgress>(reports.Add));

        asset.AssetId.ShouldNotBeNullOrEmpty();
        asset.Kind.ShouldBe(MediaKind.Jpeg);
        asset.MimeType.ShouldBe("image/jpeg");
        asset.Surface.ShouldBe(surface);
        if (surface == ApiSurface.Legacy)
        {
            asset.ImageKey.ShouldNotBeNullOrEmpty();
        }

        reports.ShouldNotBeEmpty();
        reports[^1].BytesTransferred.ShouldBe(bytes.Length);
        reports[^1].Percent.ShouldBe(100);
    }

    [Theory]
    [InlineData(ApiSurface.V3)]
    [InlineData(ApiSurface.Legacy)]
    public async Task Uploading_audio_from_a_file_returns_an_audio_asset(ApiSurface surface)
    {
        using var client = MockClients.Create(Mock, surface, MockClients.NewKey("audio"));
        var path = Path.Combine(Path.GetTempPath(), $"avatariv-{Guid.NewGuid():N}.mp3");
        await File.WriteAllBytesAsync(path, SampleMedia.Mp3(2));
        try
        {
            var asset = await client.UploadFileAsync(path);

            asset.Kind.ShouldBe(MediaKind.Mp3);
            asset.FileType.ShouldBe("audio");
            asset.ImageKey.ShouldBeNull();
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(ApiSurface.V3)]
    [InlineData(ApiSurface.Legacy)]
    public async Task Create_get_list_and_delete_a_video(ApiSurface surface)
    {
        using var client = MockClients.Create(Mock, surface, MockClients.NewKey("crud"));
        var (photo, voice) = await MockClients.PhotoAndVoiceAsync(client);

        var created = await client.CreateVideoAsync(MockClients.ScriptRequest(surface, photo, voice, "Hello from the test suite.", "crud video"));
        var video = await client.GetVideoAsync(created.VideoId);
        var listed = await MockClients.ListAllAsync(client);

        created.Surface.ShouldBe(surface);
        video.VideoId.ShouldBe(created.VideoId);
        video.Status.ShouldBe(VideoStatus.Completed);
        video.VideoUrl.ShouldNotBeNullOrEmpty();
        video.ThumbnailUrl.ShouldNotBeNullOrEmpty();
        video.DurationSeconds.ShouldNotBeNull();
        listed.Select(v => v.VideoId).ShouldBe([created.VideoId]);

        await client.DeleteVideoAsync(created.VideoId);

        (await MockClients.ListAllAsync(client)).ShouldBeEmpty();
        var gone = await Should.ThrowAsync<AvatarIVApiException>(() => client.GetVideoAsync(created.VideoId));
        gone.Surface.ShouldBe(surface);
        gone.IsRetryable.ShouldBeFalse();
    }

    [Theory]
    [InlineData(ApiSurface.V3)]
    [InlineData(ApiSurface.Legacy)]
    public async Task An_audio_driven_video_lasts_as_long_as_its_audio(ApiSurface surface)
    {
        using var client = MockClients.Create(Mock, surface, MockClients.NewKey("audio-video"));
        var (photo, voice) = await MockClients.PhotoAndVoiceAsync(client);
        var audio = await client.UploadAssetAsync(new MemoryStream(SampleMedia.Wav(4)), "song.wav");

        var created = await client.CreateVideoAsync(new CreateVideoRequest
        {
            ImageKey = photo.ImageKey,
            ImageAssetId = surface == ApiSurface.V3 ? photo.AssetId : null,
            AudioAssetId = audio.AssetId,
            VoiceId = voice.VoiceId,
            MotionPrompt = "sways to the rhythm",
            Orientation = VideoOrientation.Portrait,
            Fit = VideoFit.Contain,
        });

        (await client.GetVideoAsync(created.VideoId)).DurationSeconds.ShouldNotBeNull().ShouldBe(4, tolerance: 0.2);
    }

    [Fact]
    public async Task Listing_follows_every_page()
    {
        using var client = MockClients.Create(Mock, ApiSurface.V3, MockClients.NewKey("pages"));
        var (photo, voice) = await MockClients.PhotoAndVoiceAsync(client);
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await client.CreateVideoAsync(MockClients.ScriptRequest(ApiSurface.V3, photo, voice, "Short one.", $"page test {i}"))).VideoId);
        }

        var listed = new List<Video>();
        await foreach (var video in client.ListVideosAsync(new VideoListQuery { PageSize = 2 }))
        {
            listed.Add(video);
        }

        listed.Select(v => v.VideoId).ShouldBe(ids, ignoreOrder: true);
    }

    [Theory]
    [InlineData(ApiSurface.V3)]
    [InlineData(ApiSurface.Legacy)]
    public async Task Voices_can_be_filtered(ApiSurface surface)
    {
        using var client = MockClients.Create(Mock, surface, MockClients.NewKey("voices"));

        var all = await client.GetVoicesAsync();
        var female = await client.GetVoicesAsync(new VoiceQuery { Gender = "female" });
        var byName = await client.GetVoicesAsync(new VoiceQuery { Name = all[0].Name.Substring(0, 3).ToUpperInvariant() });

        all.Count.ShouldBeGreaterThan(1);
        all.ShouldAllBe(v => v.VoiceId.Length > 0 && v.Name.Length > 0);
        female.ShouldNotBeEmpty();
        female.ShouldAllBe(v => string.Equals(v.Gender, "female", StringComparison.OrdinalIgnoreCase));
        female.Count.ShouldBeLessThan(all.Count);
        byName.ShouldContain(v => v.VoiceId == all[0].VoiceId);
    }

    [Theory]
    [InlineData(ApiSurface.V3)]
    [InlineData(ApiSurface.Legacy)]
    public async Task Credits_report_the_ledger_in_credits(ApiSurface surface)
    {
        var key = MockClients.NewKey("credits");
        await Mock.SetBalanceAsync(key, 12.5m);
        using var client = MockClients.Create(Mock, surface, key);

        var balance = await client.GetCreditsAsync();

        balance.RemainingCredits.ShouldBe(12.5m);
        balance.Surface.ShouldBe(surface);
        if (surface == ApiSurface.Legacy)
        {
            balance.QuotaUnits.ShouldBe(750);
        }
        else
        {
            balance.WalletUsd.ShouldBe(6.25m);
        }
    }

    [Theory]
    [InlineData(ApiSurface.V3, "insufficient_credit", 402)]
    [InlineData(ApiSurface.Legacy, null, null)]
    public async Task Too_few_credits_is_an_api_error_and_no_video_is_made(ApiSurface surface, string? code, int? status)
    {
        var key = MockClients.NewKey("broke");
        using var client = MockClients.Create(Mock, surface, key);
        var (photo, voice) = await MockClients.PhotoAndVoiceAsync(client);
        await Mock.SetBalanceAsync(key, 0m);

        var error = await Should.ThrowAsync<AvatarIVApiException>(() => client.CreateVideoAsync(MockClients.ScriptRequest(surface, photo, voice, "This costs money.")));

        error.IsRetryable.ShouldBeFalse();
        error.Surface.ShouldBe(surface);
        if (code is not null)
        {
            error.ErrorCode.ShouldBe(code);
            error.StatusCode.ShouldBe(status!.Value);
            error.Message.ShouldContain("Top up");
        }

        (await MockClients.ListAllAsync(client)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Local_checks_refuse_a_bad_request_before_sending_it()
    {
        var key = MockClients.NewKey("local");
        using var client = MockClients.Create(Mock, ApiSurface.V3, key);
        await MockClients.ClearFaultsAndJournalAsync(Mock);

        var missingVoice = await Should.ThrowAsync<AvatarIVValidationException>(() => client.CreateVideoAsync(new CreateVideoRequest { ImageAssetId = "a", Script = "Hi." }));
        var tooLong = await Should.ThrowAsync<AvatarIVValidationException>(() => client.CreateVideoAsync(new CreateVideoRequest { ImageAssetId = "a", VoiceId = "v", Script = new string('x', 6000) }));
        var keyOnV3 = await Should.ThrowAsync<AvatarIVValidationException>(() => client.CreateVideoAsync(new CreateVideoRequest { ImageKey = "image/x/original.png", VoiceId = "v", Script = "Hi." }));

        missingVoice.Code.ShouldBe(ValidationCodes.MissingVoice);
        tooLong.Code.ShouldBe(ValidationCodes.ScriptTooLong);
        keyOnV3.Code.ShouldBe(ValidationCodes.MissingImage);
        keyOnV3.Message.ShouldContain("legacy");
        (await MockClients.JournalAsync(Mock)).ShouldNotContain(e => !e.GetProperty("path").GetString()!.StartsWith("/_mock"));
    }

    [Fact]
    public async Task A_failed_render_is_a_video_state_not_an_exception()
    {
        using var client = MockClients.Create(Mock, ApiSurface.Legacy, MockClients.NewKey("failed"));
        var (photo, voice) = await MockClients.PhotoAndVoiceAsync(client);

        var created = await client.CreateVideoAsync(MockClients.ScriptRequest(ApiSurface.Legacy, photo, voice, "Doomed.", "[[fail:video_too_long]]"));
        var video = await client.GetVideoAsync(created.VideoId);

        video.Status.ShouldBe(VideoStatus.Failed);
        video.Error.ShouldNotBeNull().Code.ShouldBe("40119");
    }
}

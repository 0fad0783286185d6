using AvatarIV.TestSupport;

namespace AvatarIV.Core.Tests.AgainstMock;

/// <summary>An immediate-progression mock whose every key has the folder <see cref="Folder"/> (<c>--folder</c>).</summary>
public sealed class FolderMockFixture : IAsyncLifetime
{
    public const string Folder = "f-campaign";

    public RunningMock Mock { get; private set; } = null!;

    public async Task InitializeAsync() => Mock = await RunningMock.StartAsync("--progression", "immediate", "--concurrency", "100", "--folder", Folder);

    public async Task DisposeAsync() => await Mock.DisposeAsync();
}

/// <summary>Captions (subtitles and the captioned video, saved by asset) and folders, on both surfaces, against the real mock.</summary>
public sealed class CaptionAndFolderTests(FolderMockFixture fixture) : IClassFixture<FolderMockFixture>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("avatariv-captions-").FullName;

    private RunningMock Mock => fixture.Mock;

    [Theory]
    [InlineData(ApiSurface.V3)]
    [InlineData(ApiSurface.Legacy)]
    public async Task Captions_give_an_SRT_that_downloads_as_the_Subtitle_asset(ApiSurface surface)
    {
        using var client = MockClients.Create(Mock, surface, MockClients.NewKey("captions"));
        var (photo, voice) = await MockClients.PhotoAndVoiceAsync(client);
        var request = MockClients.ScriptRequest(surface, photo, voice, "Captions make this line readable without sound.");
        request.Caption = true;

        var created = await client.CreateVideoAsync(request);
        var video = await client.GetVideoAsync(created.VideoId);
        var saved = await client.DownloadVideoAsync(video, Path.Combine(_folder, "captions.srt"), new DownloadOptions { Asset = VideoAsset.Subtitle });

        video.SubtitleUrl.ShouldNotBeNullOrEmpty();
        var srt = await File.ReadAllTextAsync(saved.Path);
        srt.ShouldStartWith("1");
        srt.ShouldContain("-->");
        srt.ShouldContain("Captions");
    }

    [Fact]
    public async Task A_caption_style_also_gives_a_captioned_MP4()
    {
        using var client = MockClients.Create(Mock, ApiSurface.V3, MockClients.NewKey("captioned"));
        var (photo, voice) = await MockClients.PhotoAndVoiceAsync(client);
        var request = MockClients.ScriptRequest(ApiSurface.V3, photo, voice, "Burned in.");
        request.CaptionStyle = "default";

        var created = await client.CreateVideoAsync(request);
        var saved = await client.DownloadVideoAsync(created.VideoId, Path.Combine(_folder, "captioned.mp4"), new DownloadOptions { Asset = VideoAsset.Captioned });

        (await File.ReadAllBytesAsync(saved.Path))[4..8].ShouldBe("ftyp"u8.ToArray());
        saved.VideoId.ShouldBe(created.VideoId);
    }

    [Fact]
    public async Task Without_captions_the_subtitle_and_captioned_assets_are_asset_not_available_and_nothing_is_written()
    {
        using var client = MockClients.Create(Mock, ApiSurface.V3, MockClients.NewKey("no-captions"));
        var video = await MockClients.FinishedVideoAsync(client);

        var subtitle = await Should.ThrowAsync<AvatarIVApiException>(() =>
            client.DownloadVideoAsync(video, Path.Combine(_folder, "x.srt"), new DownloadOptions { Asset = VideoAsset.Subtitle }));
        var captioned = await Should.ThrowAsync<AvatarIVApiException>(() =>
            client.DownloadVideoAsync(video, Path.Combine(_folder, "x.mp4"), new DownloadOptions { Asset = VideoAsset.Captioned }));
        var thumbnail = await client.DownloadVideoAsync(video, Path.Combine(_folder, "x.jpg"), new DownloadOptions { Asset = VideoAsset.Thumbnail });

        subtitle.ErrorCode.ShouldBe(AvatarIVErrorCodes.AssetNotAvailable);
        subtitle.Message.ShouldContain("Caption");
        captioned.ErrorCode.ShouldBe(AvatarIVErrorCodes.AssetNotAvailable);
        Directory.GetFiles(_folder).Select(Path.GetFileName).ShouldBe(["x.jpg"]);
        (await File.ReadAllBytesAsync(thumbnail.Path))[..2].ShouldBe(new byte[] { 0xFF, 0xD8 });
    }

    [Theory]
    [InlineData(ApiSurface.V3)]
    [InlineData(ApiSurface.Legacy)]
    public async Task A_video_filed_in_a_folder_is_listed_by_that_folder_and_an_unknown_folder_is_a_404(ApiSurface surface)
    {
        using var client = MockClients.Create(Mock, surface, MockClients.NewKey("folders"));
        var (photo, voice) = await MockClients.PhotoAndVoiceAsync(client);
        var inFolder = MockClients.ScriptRequest(surface, photo, voice, "Filed.");
        inFolder.FolderId = FolderMockFixture.Folder;

        var filed = await client.CreateVideoAsync(inFolder);
        var loose = await client.CreateVideoAsync(MockClients.ScriptRequest(surface, photo, voice, "Loose."));
        var listed = new List<Video>();
        await foreach (var video in client.ListVideosAsync(new VideoListQuery { FolderId = FolderMockFixture.Folder }))
        {
            listed.Add(video);
        }

        var unknown = await Should.ThrowAsync<AvatarIVApiException>(async () =>
        {
            await foreach (var video in client.ListVideosAsync(new VideoListQuery { FolderId = "no-such-folder" }))
            {
            }
        });

        listed.Select(v => v.VideoId).ShouldBe([filed.VideoId]);
        listed.ShouldNotContain(v => v.VideoId == loose.VideoId);
        if (surface == ApiSurface.V3)
        {
            (await client.GetVideoAsync(filed.VideoId)).FolderId.ShouldBe(FolderMockFixture.Folder);
        }

        unknown.StatusCode.ShouldBe(404);
        unknown.RequestId.ShouldNotBeNullOrEmpty();
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

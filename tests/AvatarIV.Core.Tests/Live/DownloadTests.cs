using AvatarIV.TestSupport;

namespace AvatarIV.Core.Tests.Live;

/// <summary>Downloads land atomically, refuse to overwrite, survive expired links and leave nothing behind when cancelled.</summary>
public sealed class DownloadTests(ImmediateMockFixture fixture) : IClassFixture<ImmediateMockFixture>, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("avatariv-dl-").FullName;

    private RunningMock Mock => fixture.Mock;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task A_finished_video_and_its_thumbnail_are_saved_with_progress()
    {
        using var client = MockClients.Create(Mock, ApiSurface.V3, MockClients.NewKey("save"));
        var video = await FinishedVideoAsync(client);
        var target = Path.Combine(_directory, "out", "video.mp4");
        var reports = new List<TransferProgress>();

        var result = await client.DownloadVideoAsync(video, target, new DownloadOptions { IncludeThumbnail = true }, new SyncProgress<TransferProgress>(reports.Add));

        result.Path.ShouldBe(target);
        result.Bytes.ShouldBe(new FileInfo(target).Length);
        (await File.ReadAllBytesAsync(target)).Skip(4).Take(4).ShouldBe("ftyp"u8.ToArray());
        result.ThumbnailPath.ShouldBe(Path.ChangeExtension(target, ".jpg"));
        (await File.ReadAllBytesAsync(result.ThumbnailPath!)).Take(2).ShouldBe(new byte[] { 0xFF, 0xD8 });
        reports[^1].BytesTransferred.ShouldBe(result.Bytes);
        Directory.GetFiles(Path.GetDirectoryName(target)!).Length.ShouldBe(2);
    }

    [Fact]
    public async Task An_existing_file_is_kept_unless_overwriting_is_asked_for()
    {
        using var client = MockClients.Create(Mock, ApiSurface.Legacy, MockClients.NewKey("exists"));
        var video = await FinishedVideoAsync(client);
        var target = Path.Combine(_directory, "keep.mp4");
        await File.WriteAllTextAsync(target, "precious");

        var error = await Should.ThrowAsync<AvatarIVValidationException>(() => client.DownloadVideoAsync(video.VideoId, target));
        error.Code.ShouldBe(ValidationCodes.FileExists);
        (await File.ReadAllTextAsync(target)).ShouldBe("precious");

        await client.DownloadVideoAsync(video.VideoId, target, new DownloadOptions { Overwrite = true });
        new FileInfo(target).Length.ShouldBeGreaterThan(100);
    }

    [Fact]
    public async Task An_expired_link_is_replaced_by_a_fresh_one()
    {
        using var client = MockClients.Create(Mock, ApiSurface.V3, MockClients.NewKey("expired"));
        var video = await FinishedVideoAsync(client);
        var tampered = video with { VideoUrl = video.VideoUrl + "0" };

        var result = await client.DownloadVideoAsync(tampered, Path.Combine(_directory, "fresh.mp4"));

        result.Bytes.ShouldBeGreaterThan(100);
    }

    [Fact]
    public async Task Cancelling_mid_download_leaves_no_file_behind()
    {
        using var client = MockClients.Create(Mock, ApiSurface.V3, MockClients.NewKey("cancel-dl"));
        var video = await FinishedVideoAsync(client);
        var target = Path.Combine(_directory, "cancelled.mp4");
        using var cancel = new CancellationTokenSource();

        await Should.ThrowAsync<OperationCanceledException>(() =>
            client.DownloadVideoAsync(video, target, progress: new SyncProgress<TransferProgress>(_ => cancel.Cancel()), cancellationToken: cancel.Token));

        Directory.GetFiles(_directory).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_video_that_is_not_finished_cannot_be_downloaded()
    {
        using var client = MockClients.Create(Mock, ApiSurface.V3, MockClients.NewKey("not-ready"));
        var (photo, voice) = await MockClients.PhotoAndVoiceAsync(client);
        var created = await client.CreateVideoAsync(MockClients.ScriptRequest(ApiSurface.V3, photo, voice, "Failing.", "[[fail]]"));

        var error = await Should.ThrowAsync<AvatarIVApiException>(() => client.DownloadVideoAsync(created.VideoId, Path.Combine(_directory, "none.mp4")));

        error.ErrorCode.ShouldBe(AvatarIVErrorCodes.VideoFailed);
        Directory.GetFiles(_directory).ShouldBeEmpty();
    }

    private static async Task<Video> FinishedVideoAsync(AvatarIVClient client)
    {
        var (photo, voice) = await MockClients.PhotoAndVoiceAsync(client);
        var created = await client.CreateVideoAsync(MockClients.ScriptRequest(client.Options.Surface, photo, voice, "Hi."));
        return await client.GetVideoAsync(created.VideoId);
    }
}

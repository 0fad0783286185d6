using AvatarIV.TestSupport;

namespace AvatarIV.Core.Tests.AgainstMock;

/// <summary>
/// Downloads land atomically, refuse to overwrite, survive expired links and leave nothing behind when cancelled,
/// unless resuming was asked for: then the partial file stays and the next download fetches only the rest.
/// </summary>
public sealed class DownloadTests(ImmediateMockFixture fixture) : IClassFixture<ImmediateMockFixture>, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("avatariv-dl-").FullName;

    private RunningMock Mock => fixture.Mock;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task A_finished_video_and_its_thumbnail_are_saved_with_progress()
    {
        using var client = MockClients.Create(Mock, ApiSurface.V3, MockClients.NewKey("save"));
        var video = await MockClients.FinishedVideoAsync(client);
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
        var video = await MockClients.FinishedVideoAsync(client);
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
        var video = await MockClients.FinishedVideoAsync(client);
        var tampered = video with { VideoUrl = video.VideoUrl + "0" };

        var result = await client.DownloadVideoAsync(tampered, Path.Combine(_directory, "fresh.mp4"));

        result.Bytes.ShouldBeGreaterThan(100);
    }

    [Fact]
    public async Task Cancelling_mid_download_leaves_no_file_behind()
    {
        using var client = MockClients.Create(Mock, ApiSurface.V3, MockClients.NewKey("cancel-dl"));
        var video = await MockClients.FinishedVideoAsync(client);
        var target = Path.Combine(_directory, "cancelled.mp4");
        using var cancel = new CancellationTokenSource();

        await Should.ThrowAsync<OperationCanceledException>(() =>
            client.DownloadVideoAsync(video, target, progress: new SyncProgress<TransferProgress>(_ => cancel.Cancel()), cancellationToken: cancel.Token));

        Directory.GetFiles(_directory).ShouldBeEmpty();
    }

    [Fact]
    public async Task With_resume_a_cancelled_download_keeps_its_partial_file_and_the_next_one_fetches_only_the_rest()
    {
        var requests = new List<RequestNotice>();
        using var client = RecordingClient("resume", requests);
        var video = await LargeVideoAsync(client);
        var whole = await UninterruptedAsync(client, video);
        var target = Path.Combine(_directory, "resumed.mp4");
        // Small steps: the video spans several of them whatever its codec compresses it to (H.264 of a still photo is tiny).
        var options = new DownloadOptions { Resume = true, CopyBufferSize = 4096 };

        using (var cancel = new CancellationTokenSource())
        {
            var cancelAfterFirstChunk = new SyncProgress<TransferProgress>(p =>
            {
                if (p.BytesTransferred > 0)
                {
                    cancel.Cancel();
                }
            });
            await Should.ThrowAsync<OperationCanceledException>(() => client.DownloadVideoAsync(video, target, options, cancelAfterFirstChunk, cancel.Token));
        }

        File.Exists(target).ShouldBeFalse();
        var partial = Directory.GetFiles(_directory, ".resumed.mp4.*.part").ShouldHaveSingleItem();
        var kept = new FileInfo(partial).Length;
        kept.ShouldBeInRange(1, whole.Length - 1);
        (await File.ReadAllBytesAsync(partial)).ShouldBe(whole.Take((int)kept).ToArray());

        requests.Clear();
        var reports = new List<TransferProgress>();
        var result = await client.DownloadVideoAsync(video, target, options, new SyncProgress<TransferProgress>(reports.Add));

        requests.ShouldHaveSingleItem().StatusCode.ShouldBe(206);
        reports[0].BytesTransferred.ShouldBe(kept);
        reports[^1].BytesTransferred.ShouldBe(whole.Length);
        result.Bytes.ShouldBe(whole.Length);
        (await File.ReadAllBytesAsync(target)).ShouldBe(whole);
        File.Exists(partial).ShouldBeFalse();
    }

    [Fact]
    public async Task With_resume_a_partial_file_the_server_cannot_continue_is_replaced_by_the_whole_file()
    {
        var requests = new List<RequestNotice>();
        using var client = RecordingClient("resume-416", requests);
        var video = await MockClients.FinishedVideoAsync(client);
        var whole = await UninterruptedAsync(client, video);
        var target = Path.Combine(_directory, "stale.mp4");
        var partial = Path.Combine(_directory, $".stale.mp4.{video.VideoId}.part");
        await File.WriteAllBytesAsync(partial, new byte[whole.Length + 10]);
        requests.Clear();

        var result = await client.DownloadVideoAsync(video, target, new DownloadOptions { Resume = true });

        requests.Select(r => r.StatusCode).ShouldBe([416, 200]);
        result.Bytes.ShouldBe(whole.Length);
        (await File.ReadAllBytesAsync(target)).ShouldBe(whole);
        File.Exists(partial).ShouldBeFalse();
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

    /// <summary>A v3 client that records every media GET it makes (and its status) in <paramref name="requests"/>.</summary>
    private AvatarIVClient RecordingClient(string purpose, List<RequestNotice> requests) =>
        MockClients.Create(Mock, ApiSurface.V3, MockClients.NewKey(purpose), o => o.OnRequest = n =>
        {
            lock (requests)
            {
                requests.Add(n);
            }
        });

    /// <summary>The video's bytes from a download that nothing interrupts, to compare a resumed one with.</summary>
    private async Task<byte[]> UninterruptedAsync(AvatarIVClient client, Video video) =>
        await File.ReadAllBytesAsync((await client.DownloadVideoAsync(video, Path.Combine(_directory, "whole.mp4"))).Path);


    /// <summary>An audio-driven v3 video of about 1 MB (the MP4 carries the WAV's samples), so it spans several copy buffers.</summary>
    private static async Task<Video> LargeVideoAsync(AvatarIVClient client)
    {
        var (photo, _) = await MockClients.PhotoAndVoiceAsync(client);
        // A few seconds of audio: with 4 KiB copy steps (see the resume test) even a compact H.264 file spans many steps.
        var audio = await client.UploadAssetAsync(new MemoryStream(SampleMedia.Wav(8)), "speech.wav");
        var created = await client.CreateVideoAsync(new CreateVideoRequest { ImageAssetId = photo.AssetId, AudioAssetId = audio.AssetId });
        return await client.GetVideoAsync(created.VideoId);
    }
}

using AvatarIV.TestSupport;

namespace AvatarIV.Core.Tests.AgainstMock;

/// <summary>
/// The client makes its downloader, waiters, looks and batches on first use, not in its constructor (a cold process pays
/// only for what it calls). A fresh client used from many threads at once must still work the first time on each of them.
/// </summary>
public sealed class FirstUseTests(ImmediateMockFixture fixture) : IClassFixture<ImmediateMockFixture>, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("avatariv-first-").FullName;

    private RunningMock Mock => fixture.Mock;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task A_fresh_client_downloads_waits_and_reads_looks_and_batches_from_many_threads_at_once()
    {
        using var setup = MockClients.Create(Mock, ApiSurface.V3, MockClients.NewKey("first-use"));
        var video = await MockClients.FinishedVideoAsync(setup);
        var look = (await setup.GetAvatarLooksAsync()).Looks[0];
        var batch = await setup.CreateVideoBatchAsync(new CreateVideoBatchRequest { Videos = [new() { AvatarId = look.LookId, Script = "Batch." }] });

        using var client = new AvatarIVClient(setup.Options);
        var work = Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            var saved = await client.DownloadVideoAsync(video, Path.Combine(_directory, $"video-{i}.mp4"));
            var waited = await client.WaitForVideosAsync([video.VideoId], MockClients.FastWait(TimeSpan.FromSeconds(30)));
            var looks = await client.GetAvatarLooksAsync();
            var batchWaited = await client.WaitForBatchAsync(batch.BatchId, MockClients.FastWait(TimeSpan.FromSeconds(30)));
            return (saved, waited, looks, batchWaited);
        }));

        var results = await Task.WhenAll(work);

        results.ShouldAllBe(r => r.saved.Bytes > 0 && r.waited.Single().Outcome == WaitOutcome.Completed);
        results.ShouldAllBe(r => r.looks.Looks.Any(l => l.LookId == look.LookId) && r.batchWaited.Single().Outcome == WaitOutcome.Completed);
        Directory.GetFiles(_directory).Length.ShouldBe(8);
    }

    [Fact]
    public async Task Looks_and_batches_on_the_legacy_surface_say_they_need_v3_on_first_use()
    {
        using var client = MockClients.Create(Mock, ApiSurface.Legacy, MockClients.NewKey("first-use-legacy"));

        (await Should.ThrowAsync<AvatarIVValidationException>(() => client.GetAvatarLooksAsync())).Message.ShouldContain("v3");
        Should.Throw<AvatarIVValidationException>(() => client.WaitForBatchStreamAsync("batch-1")).Message.ShouldContain("v3");
    }
}

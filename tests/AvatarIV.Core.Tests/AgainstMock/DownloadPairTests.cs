using AvatarIV.TestSupport;

namespace AvatarIV.Core.Tests.AgainstMock;

/// <summary>Issue 8 item 4: a video and its thumbnail are saved as one unit, and part files of killed downloads do not stay forever.</summary>
public sealed class DownloadPairTests(ImmediateMockFixture fixture) : FaultRuleTests(fixture)
{
    private readonly string _directory = Directory.CreateTempSubdirectory("avatariv-pair-").FullName;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_failed_thumbnail_saves_neither_file_and_a_retry_saves_both(bool resume)
    {
        using var client = MockClients.Create(Mock, ApiSurface.V3, MockClients.NewKey("pair"));
        var video = await MockClients.FinishedVideoAsync(client);
        var target = Path.Combine(_directory, "pair.mp4");
        var options = new DownloadOptions { IncludeThumbnail = true, Resume = resume };
        await Mock.AddFaultAsync(new { method = "GET", path = new Uri(video.ThumbnailUrl!).AbsolutePath, kind = "status", status = 500, times = 3 });

        var error = await Should.ThrowAsync<AvatarIVApiException>(() => client.DownloadVideoAsync(video, target, options));

        error.StatusCode.ShouldBe(500);
        File.Exists(target).ShouldBeFalse();
        File.Exists(Path.ChangeExtension(target, ".jpg")).ShouldBeFalse();

        var result = await client.DownloadVideoAsync(video, target, options);

        result.ThumbnailPath.ShouldBe(Path.ChangeExtension(target, ".jpg"));
        Directory.GetFiles(_directory).Select(Path.GetFileName).ShouldBe(["pair.jpg", "pair.mp4"], ignoreOrder: true);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Part_files_a_killed_download_left_for_the_same_target_are_cleaned_up(bool resume)
    {
        using var client = MockClients.Create(Mock, ApiSurface.Legacy, MockClients.NewKey("stale"));
        var video = await MockClients.FinishedVideoAsync(client);
        var target = Path.Combine(_directory, "clip.mp4");
        await File.WriteAllTextAsync(Path.Combine(_directory, $".clip.mp4.{Guid.NewGuid():N}.part"), "left by a killed process");
        await File.WriteAllTextAsync(Path.Combine(_directory, ".clip.mp4.someothervideo.part"), "left by another video's download");
        await File.WriteAllTextAsync(Path.Combine(_directory, ".other.mp4.keep.part"), "another target's, not ours");

        await client.DownloadVideoAsync(video, target, new DownloadOptions { Resume = resume });

        Directory.GetFiles(_directory).Select(Path.GetFileName).ShouldBe(["clip.mp4", ".other.mp4.keep.part"], ignoreOrder: true);
    }
}

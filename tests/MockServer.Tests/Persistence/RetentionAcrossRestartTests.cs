using System.Net;
using AvatarIV.TestSupport;
using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.Persistence;

/// <summary>Retention and --state-dir together: a job retention forgot stays forgotten, now and after a restart.</summary>
public sealed class RetentionAcrossRestartTests
{
    [Fact]
    public async Task A_forgotten_video_reads_as_not_found_and_does_not_come_back_after_a_restart()
    {
        using var dir = new StateDirectory();
        var key = Keys.New();
        string first;
        string kept;
        string[] flags = ["--progression", "immediate", "--max-jobs-per-key", "1", "--state-dir", dir.Path];
        await using (var mock = await RunningMock.StartAsync(flags))
        {
            using var client = mock.CreateClient(key);
            var photo = await client.UploadV3PhotoAsync();
            first = await client.CreateV3VideoIdAsync(photo);
            kept = await client.CreateV3VideoIdAsync(photo);

            using var forgotten = await client.GetAsync($"v3/videos/{first}");
            forgotten.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        await using var restarted = await RunningMock.StartAsync(flags);
        using var again = restarted.CreateClient(key);
        using var stillForgotten = await again.GetAsync($"v3/videos/{first}");
        stillForgotten.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await again.GetV3VideoAsync(kept)).Str("status").ShouldBe("completed");
    }
}

using System.Net;
using AvatarIV.TestSupport;
using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.Retention;

/// <summary>
/// Issue 8 item 9: the mock forgets finished jobs and assets past the per-key limits (oldest first), and a forgotten
/// video reads as HeyGen's not-found on both surfaces. Running jobs are never forgotten.
/// </summary>
public sealed class RetentionTests(RetentionTests.SmallRetentionMock fixture) : IClassFixture<RetentionTests.SmallRetentionMock>
{
    private readonly RunningMock _mock = fixture.Mock;

    /// <summary>Two jobs and two assets per key.</summary>
    public sealed class SmallRetentionMock() : MockFixture("--progression", "immediate", "--max-jobs-per-key", "2", "--max-assets-per-key", "2", "--concurrency", "10");

    [Fact]
    public async Task Past_the_job_limit_the_longest_finished_video_reads_as_not_found_on_both_surfaces()
    {
        using var client = _mock.CreateClient(Keys.New());
        var photo = await client.UploadV3PhotoAsync();
        var first = await client.CreateV3VideoIdAsync(photo);
        var second = await client.CreateV3VideoIdAsync(photo);
        var third = await client.CreateV3VideoIdAsync(photo);

        using var v3 = await client.GetAsync($"v3/videos/{first}");
        v3.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await v3.JsonAsync()).GetProperty("error").Str("code").ShouldBe("video_not_found");
        using var legacy = await client.GetAsync($"v1/video_status.get?video_id={first}");
        (await legacy.JsonAsync()).GetProperty("code").GetInt32().ShouldNotBe(100);
        (await client.GetV3VideoAsync(second)).Str("status").ShouldBe("completed");
        (await client.GetV3VideoAsync(third)).Str("status").ShouldBe("completed");
    }

    [Fact]
    public async Task Limits_are_per_key()
    {
        using var mine = _mock.CreateClient(Keys.New());
        using var other = _mock.CreateClient(Keys.New());
        var kept = await mine.CreateV3VideoIdAsync(await mine.UploadV3PhotoAsync());
        var photo = await other.UploadV3PhotoAsync();
        for (var i = 0; i < 3; i++)
        {
            await other.CreateV3VideoIdAsync(photo);
        }

        (await mine.GetV3VideoAsync(kept)).Str("status").ShouldBe("completed");
    }

    [Fact]
    public async Task Running_jobs_are_never_forgotten_however_many_there_are()
    {
        using var client = _mock.CreateClient(Keys.New());
        var photo = await client.UploadV3PhotoAsync();
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await client.CreateV3VideoIdAsync(photo, mode: "manual"));
        }

        foreach (var id in ids)
        {
            (await client.GetV3VideoAsync(id)).Str("status").ShouldNotBe("completed");
        }
    }

    [Fact]
    public async Task Past_the_asset_limit_the_oldest_upload_reads_as_asset_not_found()
    {
        using var client = _mock.CreateClient(Keys.New());
        var oldest = await client.UploadV3PhotoAsync();
        await client.UploadV3PhotoAsync();
        var newest = await client.UploadV3PhotoAsync();

        using var response = await client.CreateV3Async(oldest);
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.JsonAsync()).GetProperty("error").Str("code").ShouldBe("asset_not_found");
        (await client.CreateV3VideoIdAsync(newest)).ShouldNotBeNullOrEmpty();
    }
}

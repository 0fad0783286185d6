using System.Net;
using AvatarIV.Mock.Client;
using AvatarIV.TestSupport;
using MockServer.Tests.Infrastructure;

namespace MockServer.Tests.AdminClient;

/// <summary>The typed admin client (src/AvatarIV.Mock.Client) moving jobs of the real mock, over HTTP.</summary>
public sealed class AdminClientJobTests(ManualMock fixture) : IClassFixture<ManualMock>
{
    private RunningMock Server => fixture.Mock;

    private MockAdminClient Admin => Server.AdminClient;

    [Fact]
    public async Task A_manual_job_is_listed_for_its_key_then_advanced_and_completed()
    {
        var apiKey = Keys.New();
        var videoId = await NewJobAsync(apiKey);

        var listed = (await Admin.ListJobsOfAsync(apiKey)).ShouldHaveSingleItem();
        listed.Id.ShouldBe(videoId);
        listed.Status.ShouldBe("pending");
        listed.OwnerKeyId.ShouldBe(MockKeyId.From(apiKey));
        (await Admin.AdvanceJobAsync(videoId)).Status.ShouldBe("processing");
        var done = await Admin.CompleteJobAsync(videoId);
        done.Status.ShouldBe("completed");
        done.CompletedAt.ShouldNotBeNull();
        (await Admin.GetJobAsync(videoId)).Status.ShouldBe("completed");
    }

    [Fact]
    public async Task A_failed_job_carries_the_code_and_message_given()
    {
        var videoId = await NewJobAsync(Keys.New());

        var failed = await Admin.FailJobAsync(videoId, "video_too_long", "too long for the test");

        failed.Status.ShouldBe("failed");
        failed.Error.ShouldNotBeNull().Code.ShouldBe("video_too_long");
        failed.Error.Message.ShouldBe("too long for the test");
    }

    [Fact]
    public async Task A_jobs_progression_is_set_and_a_bad_mode_is_refused_with_the_mocks_reason()
    {
        var videoId = await NewJobAsync(Keys.New());

        (await Admin.SetJobProgressionAsync(videoId, "polls:2")).Mode.ShouldBe("polls:2");
        var refused = await Should.ThrowAsync<MockAdminException>(() => Admin.SetJobProgressionAsync(videoId, "sometimes"));

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        refused.Body.ShouldContain("mode");
    }

    [Fact]
    public async Task An_unknown_job_is_a_404_exception()
    {
        var missing = await Should.ThrowAsync<MockAdminException>(() => Admin.GetJobAsync("no-such-job"));

        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_key_id_the_client_computes_is_the_one_the_mock_shows() =>
        (await Admin.SetBalanceAsync("some key ü", 3m)).KeyHint.ShouldBe(AvatarIV.MockServer.Auth.ApiKeyId.From("some key ü"));

    private async Task<string> NewJobAsync(string apiKey)
    {
        using var client = Server.CreateClient(apiKey);
        return await client.GenerateLegacyAsync(await client.UploadPhotoImageKeyAsync());
    }
}

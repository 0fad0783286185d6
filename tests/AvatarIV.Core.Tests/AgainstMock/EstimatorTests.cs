using AvatarIV.Core.Pricing;
using AvatarIV.TestSupport;

namespace AvatarIV.Core.Tests.AgainstMock;

/// <summary>The client's estimate equals what the mock actually charges (both read the same pricing table).</summary>
public sealed class EstimatorTests(ImmediateMockFixture fixture) : IClassFixture<ImmediateMockFixture>
{
    private const string Script = "Welcome to the quarterly update. Revenue grew, costs fell, and the team shipped three releases! Thanks for watching.";

    private RunningMock Mock => fixture.Mock;

    [Theory]
    [InlineData(ApiSurface.V3, null)]
    [InlineData(ApiSurface.V3, "sways gently")]
    [InlineData(ApiSurface.Legacy, null)]
    [InlineData(ApiSurface.Legacy, "waves")]
    public async Task The_estimate_matches_the_charge(ApiSurface surface, string? motionPrompt)
    {
        using var client = MockClients.Create(Mock, surface, MockClients.NewKey("estimate"));
        var (photo, voice) = await MockClients.PhotoAndVoiceAsync(client);
        var before = await client.GetCreditsAsync();
        var request = MockClients.ScriptRequest(surface, photo, voice, Script);
        request.MotionPrompt = motionPrompt;

        var created = await client.CreateVideoAsync(request);
        var after = await client.GetCreditsAsync();
        var video = await client.GetVideoAsync(created.VideoId);

        var seconds = ScriptDuration.EstimateSeconds(Script);
        var estimate = CreditEstimator.Estimate(seconds, surface, hasMotionPrompt: motionPrompt is not null);
        video.DurationSeconds.ShouldNotBeNull().ShouldBe(seconds, tolerance: 0.05);
        (before.RemainingCredits - after.RemainingCredits).ShouldBe(estimate.Credits);
    }
}

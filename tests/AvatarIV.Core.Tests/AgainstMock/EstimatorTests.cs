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

    [Theory]
    [InlineData("digital_twin")]
    [InlineData("studio_avatar")]
    [InlineData("photo_avatar")]
    public async Task A_look_videos_estimate_matches_the_charge_at_its_avatar_types_rate(string avatarType)
    {
        using var client = MockClients.Create(Mock, ApiSurface.V3, MockClients.NewKey("estimate-look"));
        var look = (await client.GetAvatarLooksAsync(new AvatarLookQuery { AvatarType = avatarType })).Looks[0];
        var before = await client.GetCreditsAsync();

        await client.CreateVideoAsync(new CreateVideoRequest { AvatarId = look.LookId, Script = Script });
        var after = await client.GetCreditsAsync();

        var estimate = CreditEstimator.EstimateForLook(ScriptDuration.EstimateSeconds(Script), avatarType);
        (before.RemainingCredits - after.RemainingCredits).ShouldBe(estimate.Credits);
        if (avatarType == "photo_avatar")
        {
            estimate.Credits.ShouldBe(CreditEstimator.Estimate(ScriptDuration.EstimateSeconds(Script), ApiSurface.V3).Credits);
        }
        else
        {
            estimate.Credits.ShouldBeGreaterThan(CreditEstimator.Estimate(ScriptDuration.EstimateSeconds(Script), ApiSurface.V3).Credits);
        }
    }
}

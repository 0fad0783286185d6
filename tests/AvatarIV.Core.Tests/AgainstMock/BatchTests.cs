using AvatarIV.TestSupport;

namespace AvatarIV.Core.Tests.AgainstMock;

/// <summary>Batches on v3 (create, read with paging inside data, wait, bulk statuses by batch) against the real mock over HTTP.</summary>
public sealed class BatchTests(PollingMockFixture fixture) : IClassFixture<PollingMockFixture>
{
    private RunningMock Mock => fixture.Mock;

    [Fact]
    public async Task A_batch_of_look_and_photo_videos_is_read_page_by_page_waited_for_and_expanded_by_bulk_statuses()
    {
        using var client = MockClients.Create(Mock, ApiSurface.V3, MockClients.NewKey("batch"), o => o.BatchPageSize = 2);
        var (photo, voice) = await MockClients.PhotoAndVoiceAsync(client);
        var look = (await client.GetAvatarLooksAsync()).Looks[0];
        var requests = new List<CreateVideoRequest>
        {
            new() { AvatarId = look.LookId, Script = "First of the batch." },
            MockClients.ScriptRequest(ApiSurface.V3, photo, voice, "Second of the batch."),
            new() { AvatarId = look.LookId, Script = "Third of the batch.", Caption = true },
        };

        var created = await client.CreateVideoBatchAsync(new CreateVideoBatchRequest { Videos = requests, Title = "launch" });
        var read = await client.GetVideoBatchAsync(created.BatchId);
        var statuses = await client.GetVideoStatusesAsync(null, [created.BatchId]);
        var results = await client.WaitForBatchAsync(created.BatchId, MockClients.FastWait(TimeSpan.FromSeconds(60)));

        created.BatchId.ShouldNotBeNullOrEmpty();
        read.TotalItems.ShouldBe(3);
        read.Title.ShouldBe("launch");
        read.Items.Select(i => i.ItemIndex).ShouldBe([0, 1, 2], "all pages of items, in order");
        read.Items.ShouldAllBe(i => i.VideoId != null);
        statuses.Select(s => s.ItemIndex).ShouldBe([0, 1, 2], ignoreOrder: true);
        statuses.ShouldAllBe(s => s.BatchId == created.BatchId);
        results.Select(r => r.BatchItemIndex).ShouldBe([0, 1, 2], ignoreOrder: true);
        results.ShouldAllBe(r => r.Outcome == WaitOutcome.Completed && r.Video!.VideoUrl != null);
        results.Single(r => r.BatchItemIndex == 2).Video!.SubtitleUrl.ShouldNotBeNullOrEmpty();
        (await client.GetVideoBatchAsync(created.BatchId)).IsTerminal.ShouldBeTrue();
    }

    [Fact]
    public async Task The_count_and_each_item_are_checked_locally_before_anything_is_sent()
    {
        using var client = MockClients.Create(Mock, ApiSurface.V3, MockClients.NewKey("batch-local"));
        using var legacy = MockClients.Create(Mock, ApiSurface.Legacy, MockClients.NewKey("batch-legacy"));
        var one = new CreateVideoRequest { AvatarId = "look", Script = "Hi." };

        var none = await Should.ThrowAsync<AvatarIVValidationException>(() => client.CreateVideoBatchAsync(new CreateVideoBatchRequest()));
        var tooMany = await Should.ThrowAsync<AvatarIVValidationException>(() =>
            client.CreateVideoBatchAsync(new CreateVideoBatchRequest { Videos = Enumerable.Repeat(one, 101).ToList() }));
        var badItem = await Should.ThrowAsync<AvatarIVValidationException>(() =>
            client.CreateVideoBatchAsync(new CreateVideoBatchRequest { Videos = [one, new CreateVideoRequest { AvatarId = "look" }] }));
        var onLegacy = await Should.ThrowAsync<AvatarIVValidationException>(() =>
            legacy.CreateVideoBatchAsync(new CreateVideoBatchRequest { Videos = [one] }));

        none.Code.ShouldBe(ValidationCodes.BatchSize);
        tooMany.Code.ShouldBe(ValidationCodes.BatchSize);
        tooMany.Message.ShouldContain("101");
        badItem.Code.ShouldBe(ValidationCodes.MissingSpeech);
        badItem.Message.ShouldStartWith("Video 1 of the batch:");
        onLegacy.Code.ShouldBe(ValidationCodes.NeedsV3);
    }

    [Fact]
    public async Task A_batch_the_server_refuses_as_a_whole_names_each_refused_video_and_creates_none()
    {
        using var client = MockClients.Create(Mock, ApiSurface.V3, MockClients.NewKey("batch-refused"));
        var look = (await client.GetAvatarLooksAsync()).Looks[0];
        var good = new CreateVideoRequest { AvatarId = look.LookId, Script = "Fine." };
        var bad = new CreateVideoRequest { AvatarId = look.LookId, Script = "Unknown voice.", VoiceId = "no-such-voice" };

        var error = await Should.ThrowAsync<AvatarIVApiException>(() => client.CreateVideoBatchAsync(new CreateVideoBatchRequest { Videos = [good, bad] }));

        error.StatusCode.ShouldBe(400);
        error.Message.ShouldContain("video 1:");
        error.RequestId.ShouldNotBeNullOrEmpty();
        (await MockClients.ListAllAsync(client)).ShouldBeEmpty();
    }
}

using AvatarIV.TestSupport;

namespace AvatarIV.Core.Tests.AgainstMock;

/// <summary>Avatar looks and avatars (groups) on v3, and videos made from a look, against the real mock over HTTP.</summary>
public sealed class LookTests(ImmediateMockFixture fixture) : IClassFixture<ImmediateMockFixture>
{
    private RunningMock Mock => fixture.Mock;

    [Fact]
    public async Task Listing_follows_every_page_and_a_single_page_hands_out_the_next_token()
    {
        using var client = MockClients.Create(Mock, ApiSurface.V3, MockClients.NewKey("looks"));

        var all = await ListAsync(client, new AvatarLookQuery { PageSize = 50 });
        var paged = await ListAsync(client, new AvatarLookQuery { PageSize = 2 });
        var first = await client.GetAvatarLooksAsync(new AvatarLookQuery { PageSize = 2 });
        var second = await client.GetAvatarLooksAsync(new AvatarLookQuery { PageSize = 2, PageToken = first.NextToken });

        all.Count.ShouldBeGreaterThan(2);
        paged.Select(l => l.LookId).ShouldBe(all.Select(l => l.LookId), "small pages give the same looks in the same order");
        all.Select(l => l.LookId).ShouldBeUnique();
        all.ShouldAllBe(l => l.Name.Length > 0 && l.AvatarType.Length > 0 && l.DefaultVoiceId != null && l.SupportedEngines.Count > 0);
        first.Looks.Count.ShouldBe(2);
        first.HasMore.ShouldBeTrue();
        second.Looks.Select(l => l.LookId).ShouldBe(all.Skip(2).Take(2).Select(l => l.LookId));
    }

    [Fact]
    public async Task Filters_by_type_and_group_are_applied_by_the_server()
    {
        using var client = MockClients.Create(Mock, ApiSurface.V3, MockClients.NewKey("look-filters"));
        var groups = new List<AvatarGroup>();
        await foreach (var group in client.ListAvatarGroupsAsync())
        {
            groups.Add(group);
        }

        var photos = await ListAsync(client, new AvatarLookQuery { AvatarType = "photo_avatar" });
        var group0 = groups[0];
        var ofGroup = await ListAsync(client, new AvatarLookQuery { GroupId = group0.GroupId });

        photos.ShouldNotBeEmpty();
        photos.ShouldAllBe(l => l.AvatarType == "photo_avatar");
        ofGroup.Count.ShouldBe(group0.LooksCount);
        ofGroup.ShouldAllBe(l => l.GroupId == group0.GroupId);
    }

    [Fact]
    public async Task One_look_by_id_and_an_unknown_one_is_a_404_with_the_request_id()
    {
        using var client = MockClients.Create(Mock, ApiSurface.V3, MockClients.NewKey("look-get"));
        var listed = (await client.GetAvatarLooksAsync()).Looks[0];

        var look = await client.GetAvatarLookAsync(listed.LookId);
        var error = await Should.ThrowAsync<AvatarIVApiException>(() => client.GetAvatarLookAsync("no-such-look"));

        look.ShouldBe(listed with { PreviewImageUrl = look.PreviewImageUrl, PreviewVideoUrl = look.PreviewVideoUrl, SupportedEngines = look.SupportedEngines, Tags = look.Tags });
        look.SupportedEngines.ShouldBe(listed.SupportedEngines);
        error.StatusCode.ShouldBe(404);
        error.ErrorCode.ShouldBe("avatar_not_found");
        error.RequestId.ShouldNotBeNullOrEmpty();
        error.Message.ShouldContain(error.RequestId!);
    }

    [Fact]
    public async Task A_look_video_without_a_voice_speaks_with_the_looks_default_voice_and_completes()
    {
        using var client = MockClients.Create(Mock, ApiSurface.V3, MockClients.NewKey("look-video"));
        var look = (await client.GetAvatarLooksAsync()).Looks[0];

        var created = await client.CreateVideoAsync(new CreateVideoRequest { AvatarId = look.LookId, Script = "Hello from a look.", Title = "look video" });
        var video = await client.GetVideoAsync(created.VideoId);

        video.Status.ShouldBe(VideoStatus.Completed);
        video.VideoUrl.ShouldNotBeNullOrEmpty();
        video.Title.ShouldBe("look video");
    }

    [Fact]
    public async Task An_engine_the_look_supports_is_sent_and_one_it_does_not_is_refused_by_the_server_naming_the_field()
    {
        using var client = MockClients.Create(Mock, ApiSurface.V3, MockClients.NewKey("look-engine"));
        var looks = await ListAsync(client, new AvatarLookQuery { PageSize = 50 });
        var withV = looks.First(l => l.SupportedEngines.Contains("avatar_v"));
        var withoutV = looks.First(l => !l.SupportedEngines.Contains("avatar_v"));

        var created = await client.CreateVideoAsync(new CreateVideoRequest { AvatarId = withV.LookId, Engine = "avatar_v", Script = "Engine five." });
        var refused = await Should.ThrowAsync<AvatarIVApiException>(() =>
            client.CreateVideoAsync(new CreateVideoRequest { AvatarId = withoutV.LookId, Engine = "avatar_v", Script = "Not on this look." }));

        created.VideoId.ShouldNotBeNullOrEmpty();
        refused.StatusCode.ShouldBe(400);
        refused.Param.ShouldBe("engine.type");
    }

    [Fact]
    public async Task An_unknown_look_is_refused_with_HeyGens_404_and_nothing_is_charged()
    {
        using var client = MockClients.Create(Mock, ApiSurface.V3, MockClients.NewKey("look-unknown"));
        var before = await client.GetCreditsAsync();

        var error = await Should.ThrowAsync<AvatarIVApiException>(() =>
            client.CreateVideoAsync(new CreateVideoRequest { AvatarId = "no-such-look", Script = "Hi." }));

        error.StatusCode.ShouldBe(404);
        error.ErrorCode.ShouldBe("avatar_not_found");
        (await client.GetCreditsAsync()).RemainingCredits.ShouldBe(before.RemainingCredits);
    }

    [Fact]
    public async Task Local_checks_refuse_a_look_with_a_photo_an_unknown_engine_and_looks_on_the_legacy_surface_before_sending()
    {
        using var v3 = MockClients.Create(Mock, ApiSurface.V3, MockClients.NewKey("look-local"));
        using var legacy = MockClients.Create(Mock, ApiSurface.Legacy, MockClients.NewKey("look-legacy"));

        var both = await Should.ThrowAsync<AvatarIVValidationException>(() =>
            v3.CreateVideoAsync(new CreateVideoRequest { AvatarId = "a", ImageAssetId = "b", Script = "Hi." }));
        var engine = await Should.ThrowAsync<AvatarIVValidationException>(() =>
            v3.CreateVideoAsync(new CreateVideoRequest { AvatarId = "a", Engine = "avatar_ix", Script = "Hi." }));
        var onLegacy = await Should.ThrowAsync<AvatarIVValidationException>(() =>
            legacy.CreateVideoAsync(new CreateVideoRequest { AvatarId = "a", Script = "Hi.", VoiceId = "v" }));
        var listOnLegacy = await Should.ThrowAsync<AvatarIVValidationException>(() => legacy.GetAvatarLooksAsync());

        both.Code.ShouldBe(ValidationCodes.ConflictingInputs);
        engine.Code.ShouldBe(ValidationCodes.InvalidValue);
        engine.Message.ShouldContain("avatar_iv");
        onLegacy.Code.ShouldBe(ValidationCodes.NeedsV3);
        listOnLegacy.Code.ShouldBe(ValidationCodes.NeedsV3);
        listOnLegacy.Message.ShouldContain("V3");
    }

    private static async Task<List<AvatarLook>> ListAsync(AvatarIVClient client, AvatarLookQuery query)
    {
        var looks = new List<AvatarLook>();
        await foreach (var look in client.ListAvatarLooksAsync(query))
        {
            looks.Add(look);
        }

        return looks;
    }
}

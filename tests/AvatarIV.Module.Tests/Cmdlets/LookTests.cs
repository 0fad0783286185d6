using System.Management.Automation;
using AvatarIV.Module.Tests.Infrastructure;

namespace AvatarIV.Module.Tests.Cmdlets;

/// <summary>Get-AvatarIVLook and New-AvatarIVVideo -AvatarId in PowerShell against the mock's seeded looks.</summary>
public sealed class LookTests : IClassFixture<PollsMock>, IDisposable
{
    private readonly MockProcess _mock;
    private readonly ModuleRunspace _session = ModuleRunspace.Open();

    public LookTests(PollsMock fixture) => _mock = fixture.Mock;

    [Fact]
    public void Looks_are_typed_objects_filtered_by_type_and_name_and_paged_with_First_and_Skip()
    {
        _session.Connect(_mock);

        var all = _session.Run("Get-AvatarIVLook").ShouldSucceed();
        var photos = _session.Run("Get-AvatarIVLook -Type photo_avatar").ShouldSucceed();
        var named = _session.Run("Get-AvatarIVLook -Name $args[0]", Wildcard(all)).ShouldSucceed();
        var page = _session.Run("Get-AvatarIVLook -Skip 2 -First 3").ShouldSucceed();

        all.Output.Count.ShouldBeGreaterThan(4);
        all.Output.ShouldAllBe(o => o.BaseObject.GetType().FullName == "AvatarIV.PowerShell.Models.AvatarIVLook");
        photos.Output.ShouldNotBeEmpty();
        photos.Values("AvatarType").ShouldAllBe(t => (string?)t == "photo_avatar");
        named.Values("AvatarId").ShouldBe([all.Output[0].Properties["AvatarId"].Value]);
        page.Values("AvatarId").ShouldBe(all.Values("AvatarId").Skip(2).Take(3));
    }

    [Fact]
    public void A_look_piped_into_New_AvatarIVVideo_makes_a_video_that_speaks_with_the_looks_default_voice()
    {
        var key = _session.Connect(_mock);

        var result = _session.Run(
            """
            Get-AvatarIVLook -First 1 |
                New-AvatarIVVideo -Script 'Hello from a look.' -Title 'look video' |
                Wait-AvatarIVVideo -PollInterval (New-TimeSpan -Seconds 0)
            """).ShouldSucceed();

        result.Output.ShouldHaveSingleItem();
        result.Values("Status").Single().ShouldBe("Completed");
        result.Values("Title").Single().ShouldBe("look video");
        key.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public void A_twin_look_video_is_estimated_at_the_video_avatar_rate_the_mock_charges()
    {
        _session.Connect(_mock);

        var result = _session.Run(
            """
            $null = Get-AvatarIVLook
            $before = (Get-AvatarIVCredit).RemainingCredits
            $video = Get-AvatarIVLook -Type digital_twin -First 1 | New-AvatarIVVideo -Script 'A twin speaks for a little while, at its own rate.'
            $after = (Get-AvatarIVCredit).RemainingCredits
            $video.EstimatedCredits
            $before - $after
            """).ShouldSucceed();

        var estimated = (decimal)result.Output[0].BaseObject;
        var charged = (decimal)result.Output[1].BaseObject;
        estimated.ShouldBe(charged);
    }

    [Fact]
    public void Wait_AvatarIVVideo_BatchId_waits_for_and_saves_every_video_of_a_batch_made_elsewhere()
    {
        var key = _session.Connect(_mock);
        using var folder = new TempFolder();

        var result = _session.Run(
            """
            $look = (Get-AvatarIVLook -First 1).AvatarId
            $body = @{ title = 'from elsewhere'; videos = @(
                @{ type = 'avatar'; avatar_id = $look; script = 'One.' },
                @{ type = 'avatar'; avatar_id = $look; script = 'Two.' }) } | ConvertTo-Json -Depth 5
            $batch = Invoke-RestMethod -Method Post -Uri ($args[0] + 'v3/videos/batches') -Headers @{ 'X-Api-Key' = $args[1] } -ContentType 'application/json' -Body $body
            Wait-AvatarIVVideo -BatchId $batch.data.batch_id -OutputDirectory $args[2] -PollInterval 0
            """,
            _mock.BaseUri.AbsoluteUri,
            key,
            folder.Path).ShouldSucceed();

        result.Output.Count.ShouldBe(2);
        result.Values("Status").ShouldAllBe(s => (string?)s == "Completed");
        result.Values("FilePath").ShouldAllBe(p => File.Exists((string)p!));
    }

    [Fact]
    public void An_unknown_look_is_a_non_terminating_NotFound_that_quotes_the_request_id()
    {
        _session.Connect(_mock);

        var result = _session.Run("New-AvatarIVVideo -AvatarId no-such-look -Script 'Hi.' -Confirm:$false");

        result.Terminating.ShouldBeNull();
        var error = result.Errors.ShouldHaveSingleItem();
        error.FullyQualifiedErrorId.ShouldStartWith("AvatarIV.NotFound,");
        var requestId = error.Exception.GetType().GetProperty("RequestId")!.GetValue(error.Exception) as string;
        requestId.ShouldNotBeNullOrEmpty();
        error.ErrorDetails!.Message.ShouldContain(requestId);
        error.ErrorDetails.RecommendedAction.ShouldContain($"request id {requestId}");
    }

    [Fact]
    public void AvatarId_completes_from_the_look_list_and_offers_nothing_when_not_connected()
    {
        _session.Connect(_mock);
        var firstId = (string)_session.Run("(Get-AvatarIVLook -First 1).AvatarId").ShouldSucceed().Output.Single().BaseObject;
        using var offline = ModuleRunspace.Open();

        var found = Complete(_session, "New-AvatarIVVideo -Script hi -AvatarId " + firstId[..3]);
        var none = offline.Run("TabExpansion2 -inputScript $args[0] -cursorColumn $args[0].Length", "New-AvatarIVVideo -AvatarId a");

        found.ShouldContain(firstId);
        none.Terminating.ShouldBeNull();
        none.Errors.ShouldBeEmpty();
        ((CommandCompletion)none.Output.Single().BaseObject).CompletionMatches.ShouldBeEmpty();
    }

    [Fact]
    public void On_the_legacy_API_looks_are_refused_before_anything_is_sent_naming_the_fix()
    {
        _session.Connect(_mock, apiVersion: "Legacy");

        var list = _session.Run("Get-AvatarIVLook");
        var create = _session.Run("New-AvatarIVVideo -AvatarId any -Script 'Hi.' -VoiceId v -Confirm:$false");

        foreach (var error in new[] { list.SingleError(), create.SingleError() })
        {
            error.FullyQualifiedErrorId.ShouldStartWith("AvatarIV.InvalidArgument,");
            error.CategoryInfo.Category.ShouldBe(ErrorCategory.InvalidOperation);
            error.ToString().ShouldContain("Connect-AvatarIV -ApiVersion V3");
            error.ToString().ShouldNotContain("ApiSurface", customMessage: "PowerShell wording, not .NET's");
        }
    }

    public void Dispose() => _session.Dispose();

    private static string Wildcard(ScriptResult all)
    {
        // The whole name but its last character, then a wildcard: matches that look alone.
        var name = (string)all.Output[0].Properties["Name"].Value;
        return name[..^1] + "?";
    }

    private static List<string> Complete(ModuleRunspace session, string line) =>
        ((CommandCompletion)session.Run("TabExpansion2 -inputScript $args[0] -cursorColumn $args[0].Length", line).ShouldSucceed().Output.Single().BaseObject)
            .CompletionMatches.Select(m => m.CompletionText.Trim('\'')).ToList();
}

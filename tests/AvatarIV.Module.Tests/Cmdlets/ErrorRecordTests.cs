using System.Management.Automation;
using AvatarIV.Module.Tests.Infrastructure;

namespace AvatarIV.Module.Tests.Cmdlets;

/// <summary>Errors as PowerShell users handle them: ErrorId, category, target object, and terminating or not.</summary>
public sealed class ErrorRecordTests : IClassFixture<PollsMock>, IDisposable
{
    private readonly MockProcess _mock;
    private readonly ModuleRunspace _session = ModuleRunspace.Open();

    public ErrorRecordTests(PollsMock fixture) => _mock = fixture.Mock;

    [Fact]
    public void An_unknown_video_is_a_non_terminating_NotFound_naming_the_id_and_the_others_still_come()
    {
        _session.Connect(_mock);
        var known = _session.Run("Send-AvatarPhoto -Path $args[0] | New-AvatarIVVideo -Script 'Hello there.' -VoiceId (Get-AvatarIVVoice | Select-Object -First 1).VoiceId", TestPaths.SamplePhoto)
            .ShouldSucceed().Values("VideoId").Single();

        var result = _session.Run("'nosuchvideo', $args[0] | Get-AvatarIVVideo", known);

        result.Terminating.ShouldBeNull();
        result.Output.Count.ShouldBe(1, "the known video is still written");
        var error = result.Errors.ShouldHaveSingleItem();
        error.FullyQualifiedErrorId.ShouldBe("AvatarIV.NotFound,AvatarIV.PowerShell.Cmdlets.GetAvatarIVVideoCommand");
        error.CategoryInfo.Category.ShouldBe(ErrorCategory.ObjectNotFound);
        error.TargetObject.ShouldBe("nosuchvideo");
        error.ErrorDetails?.RecommendedAction.ShouldNotBeNullOrWhiteSpace();

        // Non-terminating: try/catch without -ErrorAction Stop does not catch it.
        _session.Run("try { Get-AvatarIVVideo -VideoId nosuchvideo 2>$null; 'went on' } catch { 'caught' }").Output.Single().ToString().ShouldBe("went on");
    }

    [Fact]
    public void ErrorAction_Stop_turns_it_into_an_exception_a_script_can_catch_by_ErrorId()
    {
        _session.Connect(_mock);
        var result = _session.Run(
            """
            try { Get-AvatarIVVideo -VideoId nosuchvideo -ErrorAction Stop; 'not reached' }
            catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category.ToString() }
            """).ShouldSucceed();

        result.Output.Select(o => o.ToString()).ShouldBe(["AvatarIV.NotFound,AvatarIV.PowerShell.Cmdlets.GetAvatarIVVideoCommand", "ObjectNotFound"]);
    }

    [Fact]
    public void No_key_anywhere_is_a_terminating_NotConnected_that_says_how_to_connect()
    {
        Environment.GetEnvironmentVariable("HEYGEN_API_KEY").ShouldBeNullOrEmpty("the test process must not carry a key");
        using var fresh = ModuleRunspace.Open();

        // try/catch without -ErrorAction Stop catches only terminating errors.
        var caught = fresh.Run("try { Get-AvatarIVCredit; 'not reached' } catch { $_ }").ShouldSucceed();

        var error = caught.Output.ShouldHaveSingleItem().BaseObject.ShouldBeOfType<ErrorRecord>();
        error.FullyQualifiedErrorId.ShouldStartWith("AvatarIV.NotConnected,");
        error.CategoryInfo.Category.ShouldBe(ErrorCategory.AuthenticationError);
        error.ErrorDetails!.RecommendedAction.ShouldContain("Connect-AvatarIV");
    }

    [Fact]
    public void A_missing_photo_is_non_terminating_PathNotFound_and_the_next_photo_is_still_sent()
    {
        _session.Connect(_mock);
        var missing = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".jpg");

        var result = _session.Run("$args[0], $args[1] | Send-AvatarPhoto", missing, TestPaths.SamplePhoto);

        result.Terminating.ShouldBeNull();
        result.Output.Count.ShouldBe(1);
        var error = result.Errors.ShouldHaveSingleItem();
        error.FullyQualifiedErrorId.ShouldStartWith("AvatarIV.PathNotFound,");
        error.CategoryInfo.Category.ShouldBe(ErrorCategory.ObjectNotFound);
    }

    [Fact]
    public void Every_error_the_cmdlets_write_has_an_AvatarIV_ErrorId()
    {
        _session.Connect(_mock);
        var result = _session.Run(
            """
            Get-AvatarIVVideo -VideoId nosuchvideo -ErrorAction SilentlyContinue -ErrorVariable +e
            Send-AvatarPhoto -Path ./nowhere.jpg -ErrorAction SilentlyContinue -ErrorVariable +e
            Remove-AvatarIVVideo -VideoId nosuchvideo -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable +e
            Save-AvatarIVVideo -VideoId nosuchvideo -Path ./x.mp4 -ErrorAction SilentlyContinue -ErrorVariable +e
            $e | ForEach-Object { $_.FullyQualifiedErrorId }
            """);

        result.Output.Count.ShouldBeGreaterThanOrEqualTo(4);
        result.Output.Select(o => o.ToString()).ShouldAllBe(id => id.StartsWith("AvatarIV.", StringComparison.Ordinal));
    }

    public void Dispose() => _session.Dispose();
}

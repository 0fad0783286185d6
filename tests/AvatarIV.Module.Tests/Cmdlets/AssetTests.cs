using AvatarIV.Module.Tests.Infrastructure;

namespace AvatarIV.Module.Tests.Cmdlets;

/// <summary>Save-AvatarIVVideo -Asset, -Caption and -FolderId in PowerShell against the mock.</summary>
public sealed class AssetTests : IClassFixture<PollsMock>, IDisposable
{
    private readonly MockProcess _mock;
    private readonly ModuleRunspace _session = ModuleRunspace.Open();
    private readonly TempFolder _folder = new();

    public AssetTests(PollsMock fixture) => _mock = fixture.Mock;

    [Fact]
    public void The_thumbnail_is_saved_on_its_own_as_VideoId_jpg()
    {
        _session.Connect(_mock);
        var id = FinishedVideo(caption: false);

        var saved = _session.Run("Save-AvatarIVVideo -VideoId $args[0] -Asset Thumbnail -OutputDirectory $args[1]", id, _folder.Path).ShouldSucceed();

        var path = (string)saved.Values("ThumbnailFilePath").Single()!;
        path.ShouldBe(Path.Combine(_folder.Path, id + ".jpg"));
        File.ReadAllBytes(path)[..2].ShouldBe(new byte[] { 0xFF, 0xD8 }, "a JPEG");
        File.Exists(Path.Combine(_folder.Path, id + ".mp4")).ShouldBeFalse();
    }

    [Fact]
    public void Subtitles_of_a_video_made_without_Caption_are_AssetNotAvailable_naming_the_parameter_and_nothing_is_written()
    {
        _session.Connect(_mock);
        var id = FinishedVideo(caption: false);

        var result = _session.Run("Save-AvatarIVVideo -VideoId $args[0] -Asset Subtitle -OutputDirectory $args[1]", id, _folder.Path);

        result.Terminating.ShouldBeNull();
        var error = result.Errors.ShouldHaveSingleItem();
        error.FullyQualifiedErrorId.ShouldStartWith("AvatarIV.AssetNotAvailable,");
        error.ErrorDetails!.RecommendedAction.ShouldContain("-Caption");
        Directory.GetFiles(_folder.Path).ShouldBeEmpty();
    }

    [Fact]
    public void Caption_gives_subtitles_and_CaptionStyle_a_captioned_video_each_saved_by_Asset()
    {
        _session.Connect(_mock);
        var id = FinishedVideo(caption: true, style: "default");

        var subtitle = _session.Run("Save-AvatarIVVideo -VideoId $args[0] -Asset Subtitle -OutputDirectory $args[1]", id, _folder.Path).ShouldSucceed();
        var captioned = _session.Run("Save-AvatarIVVideo -VideoId $args[0] -Asset Captioned -OutputDirectory $args[1]", id, _folder.Path).ShouldSucceed();

        var srt = (string)subtitle.Values("SubtitleFilePath").Single()!;
        srt.ShouldBe(Path.Combine(_folder.Path, id + ".srt"));
        File.ReadAllText(srt).ShouldContain("-->");
        var mp4 = (string)captioned.Values("FilePath").Single()!;
        mp4.ShouldBe(Path.Combine(_folder.Path, id + ".captioned.mp4"));
        File.ReadAllBytes(mp4)[4..8].ShouldBe("ftyp"u8.ToArray());
    }

    public void Dispose()
    {
        _session.Dispose();
        _folder.Dispose();
    }

    private string FinishedVideo(bool caption, string? style = null) =>
        (string)_session.Run(
            """
            $voice = (Get-AvatarIVVoice | Select-Object -First 1).VoiceId
            $style = if ($args[2]) { @{ CaptionStyle = $args[2] } } else { @{} }
            Send-AvatarPhoto -Path $args[0] |
                New-AvatarIVVideo -Script 'Captions please.' -VoiceId $voice -Caption:$args[1] @style |
                Wait-AvatarIVVideo -PollInterval (New-TimeSpan -Seconds 0) |
                ForEach-Object VideoId
            """,
            TestPaths.SamplePhoto,
            caption,
            style).ShouldSucceed().Output.Single().BaseObject;
}

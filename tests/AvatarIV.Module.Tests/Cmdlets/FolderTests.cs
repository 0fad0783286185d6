using AvatarIV.Module.Tests.Infrastructure;

namespace AvatarIV.Module.Tests.Cmdlets;

/// <summary>A mock whose keys all have the folder <see cref="Folder"/>.</summary>
public sealed class FolderMock : IAsyncLifetime
{
    public const string Folder = "f-runbook";

    public MockProcess Mock { get; private set; } = null!;

    public async Task InitializeAsync() => Mock = await MockProcess.StartAsync("--progression", "polls:2", "--folder", Folder);

    public async Task DisposeAsync() => await Mock.DisposeAsync();
}

/// <summary>New-AvatarIVVideo -FolderId and Get-AvatarIVVideo -FolderId in PowerShell.</summary>
public sealed class FolderTests : IClassFixture<FolderMock>, IDisposable
{
    private readonly MockProcess _mock;
    private readonly ModuleRunspace _session = ModuleRunspace.Open();

    public FolderTests(FolderMock fixture) => _mock = fixture.Mock;

    [Fact]
    public void A_video_filed_with_FolderId_is_the_only_one_its_folder_lists_and_an_unknown_folder_is_NotFound()
    {
        _session.Connect(_mock);

        var result = _session.Run(
            """
            $voice = (Get-AvatarIVVoice | Select-Object -First 1).VoiceId
            $photo = Send-AvatarPhoto -Path $args[0]
            $filed = $photo | New-AvatarIVVideo -Script 'Filed.' -VoiceId $voice -FolderId $args[1]
            $null = $photo | New-AvatarIVVideo -Script 'Loose.' -VoiceId $voice
            $filed.VideoId
            (Get-AvatarIVVideo -FolderId $args[1]).VideoId
            """,
            TestPaths.SamplePhoto,
            FolderMock.Folder).ShouldSucceed();
        var unknown = _session.Run("Get-AvatarIVVideo -FolderId no-such-folder");

        result.Output.Count.ShouldBe(2, "the filed video's id, then the folder's one video");
        result.Output[1].BaseObject.ShouldBe(result.Output[0].BaseObject);
        unknown.SingleError().FullyQualifiedErrorId.ShouldStartWith("AvatarIV.NotFound,");
    }

    public void Dispose() => _session.Dispose();
}

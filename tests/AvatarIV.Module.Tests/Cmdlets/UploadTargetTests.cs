using AvatarIV.Module.Tests.Infrastructure;

namespace AvatarIV.Module.Tests.Cmdlets;

/// <summary>The key never goes to a host the user did not name: legacy uploads follow -BaseUri unless -UploadUri says otherwise.</summary>
public sealed class UploadTargetTests : IClassFixture<PollsMock>, IDisposable
{
    private readonly MockProcess _mock;
    private readonly ModuleRunspace _session = ModuleRunspace.Open();

    public UploadTargetTests(PollsMock fixture) => _mock = fixture.Mock;

    [Fact]
    public async Task Legacy_photo_uploads_go_to_the_BaseUri_and_the_connection_says_so()
    {
        var connection = _session.Run(
            "Connect-AvatarIV -ApiKey (ConvertTo-SecureString $args[0] -AsPlainText -Force) -BaseUri $args[1] -ApiVersion Legacy -PassThru",
            "upload-" + Guid.NewGuid().ToString("N"),
            _mock.BaseUri).ShouldSucceed().Output.Single();
        connection.Properties["UploadUri"].Value.ShouldNotBeNull().ToString().ShouldStartWith(_mock.BaseUri.GetLeftPart(UriPartial.Authority));

        var asset = _session.Run("Send-AvatarPhoto -Path $args[0]", TestPaths.SamplePhoto).ShouldSucceed().Output.Single();

        asset.Properties["ImageKey"].Value.ShouldNotBeNull();
        ((long)asset.Properties["SizeBytes"].Value).ShouldBe(new FileInfo(TestPaths.SamplePhoto).Length);
        (await _mock.Admin.GetJournalAsync(method: "POST")).ShouldContain(entry => entry.Path.Contains("asset", StringComparison.OrdinalIgnoreCase));
    }

    public void Dispose() => _session.Dispose();
}

using AvatarIV.TestSupport;

namespace AvatarIV.Core.Tests.AgainstMock;

/// <summary>Uploads go only where the user pointed the client, report their real size, and a key read from a file (trailing newline) works.</summary>
public sealed class UploadTargetTests(ImmediateMockFixture fixture) : IClassFixture<ImmediateMockFixture>
{
    private RunningMock Mock => fixture.Mock;

    [Theory]
    [InlineData(ApiSurface.Legacy)]
    [InlineData(ApiSurface.V3)]
    public async Task Without_an_upload_uri_uploads_follow_a_non_HeyGen_base_uri_and_report_their_size(ApiSurface surface)
    {
        var requests = new List<RequestNotice>();
        using var client = MockClients.Create(Mock, surface, MockClients.NewKey("upload-target"), o =>
        {
            o.UploadUri = null;
            o.OnRequest = requests.Add;
        });
        var photo = SampleMedia.Png(640, 640);
        var audio = SampleMedia.Wav(2);

        var image = await client.UploadAssetAsync(new MemoryStream(photo), "face.png");
        var speech = await client.UploadAssetAsync(new MemoryStream(audio), "speech.wav");

        client.UploadUri.ShouldBe(Mock.BaseUri);
        requests.Count.ShouldBe(2);
        requests.ShouldAllBe(r => r.Url.StartsWith(Mock.BaseUri.AbsoluteUri, StringComparison.Ordinal));
        image.SizeBytes.ShouldBe(photo.Length);
        speech.SizeBytes.ShouldBe(audio.Length);
    }

    [Theory]
    [InlineData(ApiSurface.Legacy)]
    [InlineData(ApiSurface.V3)]
    public async Task A_key_read_from_a_file_with_its_trailing_newline_works(ApiSurface surface)
    {
        var key = MockClients.NewKey("newline");
        using var client = MockClients.Create(Mock, surface, key + "\r\n");

        var balance = await client.GetCreditsAsync();

        balance.RemainingCredits.ShouldBeGreaterThan(0);
        client.Options.ApiKey.ShouldBe(key);
    }
}

using AvatarIV.TestSupport;

namespace AvatarIV.Core.Tests.AgainstMock;

/// <summary>A file of several send chunks arrives byte for byte, with progress rising step by step to its length.</summary>
public sealed class LargeUploadTests(ImmediateMockFixture fixture) : IClassFixture<ImmediateMockFixture>, IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"avatariv-large-{Guid.NewGuid():N}.jpg");

    public void Dispose() => File.Delete(_path);

    [Theory]
    [InlineData(ApiSurface.V3)]
    [InlineData(ApiSurface.Legacy)]
    public async Task A_multi_megabyte_file_is_stored_byte_for_byte_with_progress_in_steps(ApiSurface surface)
    {
        using var client = MockClients.Create(fixture.Mock, surface, MockClients.NewKey("large-upload"));
        // A photo padded with noise to 3 MiB and a bit: any lost, repeated or reordered chunk changes the stored bytes.
        var padding = new byte[(3 * 1024 * 1024) + 12345];
        new Random(12).NextBytes(padding);
        var bytes = SampleMedia.Jpeg(64, 64).Concat(padding).ToArray();
        await File.WriteAllBytesAsync(_path, bytes);
        var reports = new List<TransferProgress>();

        var asset = await client.UploadFileAsync(_path, new SyncProgress<TransferProgress>(reports.Add));

        reports.Count.ShouldBeGreaterThan(3);
        reports.Select(r => r.BytesTransferred).ShouldBeInOrder(SortDirection.Ascending);
        reports[^1].BytesTransferred.ShouldBe(bytes.Length);
        reports[^1].TotalBytes.ShouldBe(bytes.Length);
        using var http = new HttpClient();
        (await http.GetByteArrayAsync(asset.Url)).ShouldBe(bytes);
    }
}

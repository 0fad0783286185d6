using System.Text.Json;
using AvatarIV.MockServer.Hosting;
using AvatarIV.MockServer.Surfaces.V3;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MockServer.Tests.Surfaces;

/// <summary>The status read's hand-written JSON is byte for byte what the app's generic JSON writes for the same view.</summary>
public sealed class V3JsonTests
{
    public static TheoryData<V3VideoView> Views() =>
    [
        new("v1", "completed", "Ünïcödé & <tags> \"quoted\" 🎬", "http://127.0.0.1:5/_media/videos/v1.mp4?Expires=1&Signature=ab", "http://x/c.mp4?a=1&b=2", "http://x/s.srt", "http://x/t.jpg", null, null, 1.1, 1796121990, 1796121999, null, null, "folder_1", null),
        new("v2", "failed", null, null, null, null, null, null, null, null, 0, null, "render_failed", "It failed: 'why' \\ \n newline", null, "fr"),
        new("v3", "processing", "t", null, null, null, null, null, null, 12345.678901234, long.MaxValue, long.MinValue, null, null, null, null),
    ];

    [Theory]
    [MemberData(nameof(Views))]
    public async Task Envelope_bytes_equal_the_generic_serialiser_s(V3VideoView view)
    {
        var app = MockServerApp.Build([]);
        try
        {
            var generic = app.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            var expected = JsonSerializer.SerializeToUtf8Bytes(new { Data = (object)view }, generic);

            var written = app.Services.GetRequiredService<V3Json>().Envelope(view);

            System.Text.Encoding.UTF8.GetString(written).ShouldBe(System.Text.Encoding.UTF8.GetString(expected));
        }
        finally
        {
            await app.DisposeAsync();
        }
    }
}

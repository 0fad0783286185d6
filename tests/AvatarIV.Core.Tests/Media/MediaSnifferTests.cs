using AvatarIV.Core.Media;
using AvatarIV.MockServer.Rendering;
using AvatarIV.TestSupport;
using AvatarIV.TestSupport.Media;

namespace AvatarIV.Core.Tests.Media;

/// <summary>Uploads are classified by their bytes, so a wrong extension or a random file cannot slip through.</summary>
public sealed class MediaSnifferTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public static TheoryData<string, MediaKind> Samples => new()
    {
        { "jpeg", MediaKind.Jpeg },
        { "png", MediaKind.Png },
        { "wav", MediaKind.Wav },
        { "mp3", MediaKind.Mp3 },
        { "mp3-id3", MediaKind.Mp3 },
        { "mp4", MediaKind.Mp4 },
        { "webm", MediaKind.WebM },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Each_format_is_recognised_from_its_bytes(string sample, MediaKind expected)
    {
        var bytes = Sample(sample);

        MediaSniffer.Detect(bytes).ShouldBe(expected);
        MediaSniffer.Detect(bytes, Math.Min(bytes.Length, MediaSniffer.HeaderBytesNeeded)).ShouldBe(expected);
    }

    [Fact]
    public void A_PNG_named_jpg_is_a_PNG()
    {
        var path = _folder.Write("portrait.jpg", SampleMedia.Png(32, 32));

        var kind = MediaSniffer.Detect(File.ReadAllBytes(path));

        kind.ShouldBe(MediaKind.Png);
        MediaSniffer.MimeType(kind).ShouldBe("image/png");
        MediaSniffer.Extension(kind).ShouldBe("png");
    }

    [Fact]
    public void Random_bytes_are_unknown()
    {
        var random = new Random(20240607);
        for (var i = 0; i < 200; i++)
        {
            var bytes = new byte[random.Next(0, 8192)];
            random.NextBytes(bytes);
            MediaSniffer.Detect(bytes).ShouldBe(MediaKind.Unknown, $"sample {i} starting {Convert.ToHexString(bytes.AsSpan(0, Math.Min(8, bytes.Length)))}");
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Truncated_headers_are_unknown_not_errors(string sample, MediaKind _)
    {
        var bytes = Sample(sample);

        MediaSniffer.Detect(bytes[..2]).ShouldBe(MediaKind.Unknown);
        MediaSniffer.Detect([]).ShouldBe(MediaKind.Unknown);
        MediaSniffer.Detect(bytes, 0).ShouldBe(MediaKind.Unknown);
    }

    [Fact]
    public void A_lone_MPEG_sync_word_followed_by_garbage_is_not_MP3()
    {
        var frame = SampleMedia.Mp3(1)[..418];
        var garbage = Enumerable.Repeat((byte)0x55, 600);

        MediaSniffer.Detect([.. frame[..4], .. garbage]).ShouldBe(MediaKind.Unknown);
    }

    [Fact]
    public void Matroska_that_is_not_WebM_is_unknown()
    {
        MediaSniffer.Detect(Ebml("matroska")).ShouldBe(MediaKind.Unknown);
    }

    [Theory]
    [InlineData(MediaKind.Jpeg, "image/jpeg", "image", "jpg")]
    [InlineData(MediaKind.Mp3, "audio/mpeg", "audio", "mp3")]
    [InlineData(MediaKind.WebM, "video/webm", "video", "webm")]
    [InlineData(MediaKind.Unknown, "application/octet-stream", "unknown", "bin")]
    public void Each_kind_has_its_MIME_type_file_type_and_extension(MediaKind kind, string mime, string fileType, string extension)
    {
        (MediaSniffer.MimeType(kind), MediaSniffer.FileType(kind), MediaSniffer.Extension(kind)).ShouldBe((mime, fileType, extension));
    }

    private static byte[] Sample(string name) => name switch
    {
        "jpeg" => SampleMedia.Jpeg(48, 32),
        "png" => SampleMedia.Png(48, 32),
        "wav" => SampleMedia.Wav(0.2),
        "mp3" => SampleMedia.Mp3(0.5),
        "mp3-id3" => MediaBytes.Id3v2Tagged(SampleMedia.Mp3(0.5), 64),
        "mp4" => new MediaRenderer().RenderVideo(SampleMedia.Jpeg(64, 64), 1, 64, 64),
        "webm" => Ebml("webm"),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    // The EBML header that starts every WebM/Matroska file: version fields, then the DocType.
    private static byte[] Ebml(string docType)
    {
        byte[] body = [0x42, 0x86, 0x81, 0x01, 0x42, 0xF7, 0x81, 0x01, 0x42, 0xF2, 0x81, 0x04, 0x42, 0xF3, 0x81, 0x08,
            0x42, 0x82, (byte)(0x80 | docType.Length), .. docType.Select(c => (byte)c), 0x42, 0x87, 0x81, 0x02, 0x42, 0x85, 0x81, 0x02];
        return [0x1A, 0x45, 0xDF, 0xA3, (byte)(0x80 | body.Length), .. body, 0x18, 0x53, 0x80, 0x67];
    }

    public void Dispose() => _folder.Dispose();
}

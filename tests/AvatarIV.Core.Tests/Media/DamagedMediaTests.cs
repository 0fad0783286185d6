using AvatarIV.Core.Media;
using AvatarIV.TestSupport;
using AvatarIV.TestSupport.Media;

namespace AvatarIV.Core.Tests.Media;

/// <summary>Damaged or cut-off files give "unknown" or "no duration/size", never an exception, so a bad upload gets a clear error.</summary>
public sealed class DamagedMediaTests
{
    public static TheoryData<string> Samples => ["jpeg", "png", "wav", "mp3", "mp3-xing", "mp3-id3"];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Damaged_files_never_throw(string sample)
    {
        foreach (var damaged in Damage.Variants(Original(sample), 400))
        {
            var kind = MediaSniffer.Detect(damaged);
            var duration = AudioDuration.TryRead(damaged);
            ImageSize.TryRead(damaged, out var width, out var height);

            if (duration is { } seconds) seconds.ShouldBeGreaterThan(0, $"{kind} of {damaged.Length} bytes");
            if (width != 0 || height != 0) (width > 0 && height > 0).ShouldBeTrue();
        }
    }

    private static byte[] Original(string sample) => sample switch
    {
        "jpeg" => SampleMedia.Jpeg(40, 30),
        "png" => SampleMedia.Png(40, 30),
        "wav" => SampleMedia.Wav(0.3),
        "mp3" => SampleMedia.Mp3(0.5),
        "mp3-xing" => MediaBytes.WithXingHeader(10),
        "mp3-id3" => MediaBytes.Id3v2Tagged(SampleMedia.Mp3(0.3), 100),
        _ => throw new ArgumentOutOfRangeException(nameof(sample)),
    };
}

using AvatarIV.Core.Media;
using AvatarIV.TestSupport.Media;

namespace AvatarIV.Core.Tests.Media;

/// <summary>Durations agree with ffprobe on files a real encoder wrote (CBR, VBR, MPEG-2/2.5, tags, float and 8-bit PCM).</summary>
public sealed class FfmpegAudioDurationTests : IDisposable
{
    private const double Tolerance = 0.05;
    private readonly TempFolder _folder = new();

    [Theory]
    [InlineData("cbr.mp3", "-c:a libmp3lame -b:a 128k")]
    [InlineData("vbr.mp3", "-c:a libmp3lame -q:a 5")]
    [InlineData("mpeg2.mp3", "-c:a libmp3lame -ar 22050 -ac 1 -b:a 32k")]
    [InlineData("mpeg25.mp3", "-c:a libmp3lame -ar 8000 -b:a 16k")]
    [InlineData("no-xing-cbr.mp3", "-c:a libmp3lame -b:a 96k -write_xing 0")]
    [InlineData("tagged.mp3", "-c:a libmp3lame -b:a 64k -id3v2_version 3 -write_id3v1 1 -metadata title=Hello")]
    [InlineData("stereo.wav", "-c:a pcm_s16le -ac 2 -ar 44100 -metadata title=Hello")]
    [InlineData("float.wav", "-c:a pcm_f32le -ar 48000")]
    [InlineData("u8.wav", "-c:a pcm_u8 -ar 8000")]
    public async Task Durations_match_ffprobe(string name, string encoding)
    {
        foreach (var seconds in new[] { 1.0, 7.3, 42.6 })
        {
            var path = await EncodeSineAsync(name, seconds, encoding);

            var expected = (await FfTools.ProbeAsync(path)).DurationSeconds.ShouldNotBeNull();
            AudioDuration.TryRead(await File.ReadAllBytesAsync(path)).ShouldNotBeNull().ShouldBe(expected, Tolerance, $"{name} of {seconds} s");
        }
    }

    [Fact]
    public async Task A_VBR_file_without_a_Xing_header_is_measured_by_walking_its_frames()
    {
        // ffprobe itself guesses such files from the first bitrate, so compare with the same audio carrying a header.
        var withHeader = await EncodeSineAsync("vbr.mp3", 20, "-c:a libmp3lame -q:a 2");
        var withoutHeader = await EncodeSineAsync("vbr-bare.mp3", 20, "-c:a libmp3lame -q:a 2 -write_xing 0");

        var expected = (await FfTools.ProbeAsync(withHeader)).DurationSeconds.ShouldNotBeNull();
        AudioDuration.TryRead(await File.ReadAllBytesAsync(withoutHeader)).ShouldNotBeNull().ShouldBe(expected, Tolerance);
    }

    private async Task<string> EncodeSineAsync(string name, double seconds, string encoding)
    {
        var path = _folder.File(name);
        var duration = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await FfTools.FfmpegAsync(["-f", "lavfi", "-i", $"sine=frequency=440:duration={duration}", .. encoding.Split(' '), path]);
        return path;
    }

    public void Dispose() => _folder.Dispose();
}

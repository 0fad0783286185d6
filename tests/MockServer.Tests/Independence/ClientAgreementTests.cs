using System.Text;
using AvatarIV.Core;
using AvatarIV.Core.Facts;
using AvatarIV.Core.Media;
using AvatarIV.Core.Pricing;
using AvatarIV.MockServer.Domain;
using AvatarIV.MockServer.Domain.Facts;
using AvatarIV.MockServer.Domain.Media.Formats;
using AvatarIV.MockServer.Domain.Pricing;
using AvatarIV.TestSupport;
using AvatarIV.TestSupport.Media;
using CoreExif = AvatarIV.Core.Media.ExifOrientation;
using MockExif = AvatarIV.MockServer.Domain.Media.Formats.ExifOrientation;

namespace MockServer.Tests.Independence;

/// <summary>
/// The client (AvatarIV.Core) and the mock read media and price videos with separate code written from the same
/// rules; these tests hold the two side by side, so "the estimate equals the charge" is evidence, not an echo.
/// </summary>
public sealed class ClientAgreementTests
{
    private static readonly MockFacts Facts = MockFacts.BuiltIn();

    public static TheoryData<string> Scripts => new()
    {
        "Hello there. This is a test.",
        "One",
        "Don't stop — it's a well-known fact… Really?! Yes.",
        "Numbers 1 2 3 and ¾ count; so does naïve café.",
        "Ellipsis... then more...and-more. End",
        "  leading and trailing   ",
        "Line one.\nLine two!\r\nLine three?",
        "…",
        "-- '' ’’ ..",
        "Mixed 日本語 テキスト。 And Ελληνικά λέξεις.",
        string.Join(' ', Enumerable.Repeat("word", 700)) + ".",
    };

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Speaking_time_agrees_with_the_clients_estimate(string script)
    {
        var mock = new SpeakingTime(Facts);
        foreach (var speed in new[] { 0.5, 0.8, 1.0, 1.25, 1.5 })
        {
            mock.SecondsFor(script, speed).ShouldBe(ScriptDuration.EstimateSeconds(script, speed), $"speed {speed}");
        }
    }

    [Fact]
    public void Prices_agree_with_the_clients_estimate_on_both_surfaces_profiles_and_resolutions()
    {
        foreach (var profile in new[] { "api", "web-app" })
        {
            var prices = new PriceList(Facts, profile);
            foreach (var seconds in new[] { 0.0, 0.4, 1.0, 2.9999999, 3.0000001, 7.3, 59.99, 60, 123.456, 1799.95 })
            {
                foreach (var motion in new[] { false, true })
                {
                    foreach (var resolution in new string?[] { null, "720p", "1080p", "4k" })
                    {
                        prices.CreditsFor(seconds, VideoSurface.V3, motion, resolution)
                            .ShouldBe(CreditEstimator.Estimate(seconds, ApiSurface.V3, motion, resolution, profile).Credits, $"{profile} v3 {seconds}s {motion} {resolution}");
                        prices.CreditsFor(seconds, VideoSurface.Legacy, motion, null)
                            .ShouldBe(CreditEstimator.Estimate(seconds, ApiSurface.Legacy, motion, null, profile).Credits, $"{profile} legacy {seconds}s {motion}");
                    }
                }
            }
        }
    }

    [Fact]
    public void The_mock_prices_from_the_published_rates()
    {
        var prices = new PriceList(Facts, null);
        prices.CreditsFor(10, VideoSurface.V3, false, "720p").ShouldBe(1.00m);  // $0.05/s = 0.1 credit/s
        prices.CreditsFor(10, VideoSurface.V3, false, "4k").ShouldBe(1.34m);    // ×1.334, rounded up to the hundredth
        prices.CreditsFor(60, VideoSurface.Legacy, false, null).ShouldBe(6.00m); // 6 credits per minute
        prices.CreditsFor(2.2, VideoSurface.Legacy, false, null).ShouldBe(0.30m); // billed per started second
    }

    public static IEnumerable<object[]> AudioSamples()
    {
        yield return ["wav 16 kHz", SampleMedia.Wav(3.5)];
        yield return ["wav 8 kHz", SampleMedia.Wav(12.25, sampleRate: 8000)];
        yield return ["wav with LIST chunk", WavWithListChunk(2.0)];
        yield return ["wav streamed size 0", WavWithDataSize(2.0, 0)];
        yield return ["wav streamed size max", WavWithDataSize(2.0, uint.MaxValue)];
        yield return ["wav cut short", SampleMedia.Wav(4.0)[..20_000]];
        yield return ["mp3", SampleMedia.Mp3(6.0)];
        yield return ["mp3 behind ID3v2", Id3v2Tagged(SampleMedia.Mp3(2.0), 300)];
        yield return ["mp3 behind a large ID3v2", Id3v2Tagged(SampleMedia.Mp3(2.0), 200_000)];
        yield return ["mp3 with ID3v1 and junk", WithTrailingTagAndJunk(SampleMedia.Mp3(3.0))];
        yield return ["mp3 Xing", WithFrameCountTag(40, "Xing")];
        yield return ["mp3 Info", WithFrameCountTag(40, "Info")];
        yield return ["mp3 VBRI", WithVbri(55)];
        yield return ["mp3 damaged in the middle", DamagedMiddle(SampleMedia.Mp3(4.0))];
        yield return ["jpeg", SampleMedia.Jpeg(64, 48)];
        yield return ["empty", Array.Empty<byte>()];
    }

    [Theory]
    [MemberData(nameof(AudioSamples))]
    public void Audio_lengths_agree_with_the_clients_reader(string name, byte[] audio)
    {
        var mock = AudioLength.Seconds(audio);
        var client = AudioDuration.TryRead(audio);
        (mock is null).ShouldBe(client is null, name);
        if (mock is not null) mock.Value.ShouldBe(client!.Value, 1e-9, name);
    }

    [Fact]
    public void Audio_lengths_are_right_not_only_equal()
    {
        AudioLength.Seconds(SampleMedia.Wav(3.5)).ShouldBe(3.5);
        AudioLength.Seconds(WithFrameCountTag(40, "Xing"))!.Value.ShouldBe(40 * 1152 / 44100.0, 1e-9);
        AudioLength.Seconds(WithVbri(55))!.Value.ShouldBe(55 * 1152 / 44100.0, 1e-9);
        AudioLength.Seconds(SampleMedia.Mp3(6.0))!.Value.ShouldBe(Mp3Frames.SecondsOf(Mp3Frames.FrameCountFor(6.0)), 1e-9);
    }

    [Fact]
    public void Damaged_media_reads_the_same_or_not_at_all_on_both_sides()
    {
        var originals = new[] { SampleMedia.Wav(1.5), SampleMedia.Mp3(1.5), SampleMedia.Jpeg(40, 30), SampleMedia.Png(40, 30), Exif.WithOrientation(SampleMedia.Jpeg(40, 20), 6) };
        foreach (var original in originals)
        {
            foreach (var damaged in Damage.Variants(original, 120))
            {
                ((int)MediaSignature.Of(damaged)).ShouldBe((int)MediaSniffer.Detect(damaged));
                var mockAudio = AudioLength.Seconds(damaged);
                var clientAudio = AudioDuration.TryRead(damaged);
                (mockAudio ?? -1).ShouldBe(clientAudio ?? -1, 1e-9);
                var clientSize = ImageSize.TryReadUpright(damaged, out var w, out var h) ? (w, h) : ((int, int)?)null;
                PhotoSize.Upright(damaged).ShouldBe(clientSize);
                MockExif.Of(damaged).ShouldBe(CoreExif.Read(damaged));
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(6)]
    [InlineData(8)]
    public void Photo_sizes_and_orientation_agree_with_the_clients_reader(int orientation)
    {
        foreach (var photo in new[] { Exif.WithOrientation(SampleMedia.Jpeg(120, 60), orientation), SampleMedia.Png(33, 17) })
        {
            ImageSize.TryRead(photo, out var w, out var h).ShouldBeTrue();
            PhotoSize.Stored(photo).ShouldBe((w, h));
            ImageSize.TryReadUpright(photo, out var uw, out var uh).ShouldBeTrue();
            PhotoSize.Upright(photo).ShouldBe((uw, uh));
            MockExif.Of(photo).ShouldBe(CoreExif.Read(photo));
        }

        PhotoSize.Upright(Exif.WithOrientation(SampleMedia.Jpeg(120, 60), orientation)).ShouldBe(orientation >= 5 ? (60, 120) : (120, 60));
    }

    [Fact]
    public void Formats_are_recognised_alike()
    {
        var webm = new byte[] { 0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x84, (byte)'w', (byte)'e', (byte)'b', (byte)'m' };
        var matroska = new byte[] { 0x1A, 0x45, 0xDF, 0xA3, 0x88, 0x42, 0x82, 0x88, (byte)'m', (byte)'a', (byte)'t', (byte)'r', (byte)'o', (byte)'s', (byte)'k', (byte)'a' };
        var mp4 = new byte[] { 0, 0, 0, 0x18, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'i', (byte)'s', (byte)'o', (byte)'m' };
        var samples = new Dictionary<string, byte[]>
        {
            ["jpeg"] = SampleMedia.Jpeg(8, 8), ["png"] = SampleMedia.Png(8, 8), ["wav"] = SampleMedia.Wav(0.1), ["mp3"] = SampleMedia.Mp3(0.5),
            ["webm"] = webm, ["matroska"] = matroska, ["mp4"] = mp4, ["text"] = Encoding.ASCII.GetBytes("hello"), ["lone sync"] = [0xFF, 0xFB, 0x90, 0xC4, 1, 2, 3],
        };
        foreach (var (name, bytes) in samples)
        {
            MediaSignature.Of(bytes).ToString().ShouldBe(MediaSniffer.Detect(bytes) == MediaKind.Unknown ? "Unrecognised" : MediaSniffer.Detect(bytes).ToString(), name);
        }

        MediaSignature.Of(webm).ShouldBe(MediaFormat.WebM);
        MediaSignature.Of(matroska).ShouldBe(MediaFormat.Unrecognised);
    }

    private static byte[] WavWithListChunk(double seconds)
    {
        var wav = SampleMedia.Wav(seconds);
        var body = Encoding.ASCII.GetBytes("INFOISFT\x05\0\0\0Lavf\0");
        byte[] list = [.. Encoding.ASCII.GetBytes("LIST"), .. BitConverter.GetBytes(body.Length), .. body, 0];
        return [.. wav[..36], .. list, .. wav[36..]];
    }

    private static byte[] WavWithDataSize(double seconds, uint declared)
    {
        var wav = SampleMedia.Wav(seconds);
        BitConverter.GetBytes(declared).CopyTo(wav, 40);
        return wav;
    }

    private static byte[] Id3v2Tagged(byte[] mp3, int size) =>
        [(byte)'I', (byte)'D', (byte)'3', 3, 0, 0, (byte)(size >> 21 & 0x7F), (byte)(size >> 14 & 0x7F), (byte)(size >> 7 & 0x7F), (byte)(size & 0x7F), .. new byte[size], .. mp3];

    private static byte[] WithTrailingTagAndJunk(byte[] mp3) =>
        [.. mp3, .. Encoding.ASCII.GetBytes("TAG"), .. new byte[125], .. Encoding.ASCII.GetBytes("junk after the tag")];

    private static byte[] WithFrameCountTag(int frames, string tag)
    {
        var mp3 = Mp3Frames.Silent(frames + 1);
        Encoding.ASCII.GetBytes(tag).CopyTo(mp3, 21); // after the header and MPEG-1 mono side information
        BigEndian(mp3, 25, 1);
        BigEndian(mp3, 29, (uint)frames);
        return mp3;
    }

    private static byte[] WithVbri(int frames)
    {
        var mp3 = Mp3Frames.Silent(frames + 1);
        Encoding.ASCII.GetBytes("VBRI").CopyTo(mp3, 36);
        BigEndian(mp3, 50, (uint)frames);
        return mp3;
    }

    private static byte[] DamagedMiddle(byte[] mp3)
    {
        var copy = (byte[])mp3.Clone();
        Array.Fill(copy, (byte)0x55, copy.Length / 2, 900);
        return copy;
    }

    private static void BigEndian(byte[] target, int at, uint value)
    {
        for (var i = 0; i < 4; i++) target[at + i] = (byte)(value >> (24 - (8 * i)));
    }
}

using AvatarIV.Core.Media;
using AvatarIV.TestSupport;
using AvatarIV.TestSupport.Media;

namespace AvatarIV.Core.Tests.Media;

/// <summary>An audio-driven video lasts as long as its audio, so the duration must be read right before credits are spent.</summary>
public sealed class AudioDurationTests
{
    private const double Tolerance = 0.05;

    [Theory]
    [InlineData(0.5, 16000)]
    [InlineData(3.3, 22050)]
    [InlineData(61.7, 44100)]
    [InlineData(180, 8000)]
    public void WAV_durations_come_from_the_data_size_and_byte_rate(double seconds, int sampleRate)
    {
        AudioDuration.TryRead(SampleMedia.Wav(seconds, sampleRate)).ShouldNotBeNull().ShouldBe(seconds, Tolerance);
    }

    [Fact]
    public void A_LIST_chunk_of_odd_length_before_the_data_is_skipped()
    {
        AudioDuration.TryRead(MediaBytes.WavWithListChunk(4.25, 16000)).ShouldNotBeNull().ShouldBe(4.25, Tolerance);
    }

    [Theory]
    [InlineData(0u)]
    [InlineData(0xFFFFFFFFu)]
    public void A_streamed_WAV_without_a_real_data_size_is_measured_by_its_bytes(uint declared)
    {
        AudioDuration.TryRead(MediaBytes.WavWithDataSize(2.5, declared)).ShouldNotBeNull().ShouldBe(2.5, Tolerance);
    }

    [Fact]
    public void A_WAV_cut_off_mid_download_reports_what_is_there()
    {
        var wav = SampleMedia.Wav(10, 16000);

        AudioDuration.TryRead(wav[..(44 + 16000 * 2 * 4)]).ShouldNotBeNull().ShouldBe(4, Tolerance);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(7.3)]
    [InlineData(65)]
    [InlineData(300)]
    public void MP3_durations_sum_the_frames(double seconds)
    {
        AudioDuration.TryRead(SampleMedia.Mp3(seconds)).ShouldNotBeNull().ShouldBe(seconds, Tolerance);
    }

    [Fact]
    public void An_ID3v2_tag_in_front_and_an_ID3v1_tag_and_junk_behind_do_not_count()
    {
        var mp3 = MediaBytes.WithTrailingTagAndJunk(MediaBytes.Id3v2Tagged(SampleMedia.Mp3(12), 5000));

        AudioDuration.TryRead(mp3).ShouldNotBeNull().ShouldBe(12, Tolerance);
    }

    [Theory]
    [InlineData("Xing")]
    [InlineData("Info")]
    public void A_Xing_or_Info_frame_count_is_used(string tag)
    {
        // The header claims 1000 frames while only 10 follow: the header wins, as it does for players.
        var mp3 = MediaBytes.WithXingHeader(10, tag, declaredFrames: 1000);

        AudioDuration.TryRead(mp3).ShouldNotBeNull().ShouldBe(Mp3Frames.SecondsOf(1000), 0.001);
    }

    [Fact]
    public void A_VBRI_frame_count_is_used()
    {
        AudioDuration.TryRead(MediaBytes.WithVbriHeader(400)).ShouldNotBeNull().ShouldBe(Mp3Frames.SecondsOf(400), 0.001);
    }

    [Fact]
    public void The_stream_is_read_from_its_start_and_left_where_it_was()
    {
        using var stream = new MemoryStream(SampleMedia.Mp3(5));
        stream.Position = 1234;

        AudioDuration.TryRead(stream).ShouldNotBeNull().ShouldBe(5, Tolerance);
        stream.Position.ShouldBe(1234);
    }

    [Fact]
    public void A_file_stream_is_measured_without_loading_it()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, SampleMedia.Mp3(30));
            using var file = File.OpenRead(path);
            AudioDuration.TryRead(file).ShouldNotBeNull().ShouldBe(30, Tolerance);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Images_random_bytes_and_truncated_headers_have_no_duration()
    {
        AudioDuration.TryRead(SampleMedia.Jpeg(16, 16)).ShouldBeNull();
        AudioDuration.TryRead(new byte[1000]).ShouldBeNull();
        AudioDuration.TryRead([]).ShouldBeNull();
        AudioDuration.TryRead(SampleMedia.Wav(1)[..20]).ShouldBeNull();
        AudioDuration.TryRead(SampleMedia.Mp3(1)[..3]).ShouldBeNull();
    }
}

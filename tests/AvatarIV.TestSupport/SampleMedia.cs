using System.Text;
using AvatarIV.MockServer.Rendering;
using AvatarIV.TestSupport.Media;

namespace AvatarIV.TestSupport;

/// <summary>Real media files made in code for tests: every one is accepted by ffprobe.</summary>
public static class SampleMedia
{
    /// <summary>A baseline JPEG of the given size showing <see cref="TestPattern"/> (no face).</summary>
    public static byte[] Jpeg(int width = 640, int height = 640) => JpegEncoder.Encode(TestPattern.Draw(width, height));

    /// <summary>An 8-bit RGB PNG of the given size showing <see cref="TestPattern"/>.</summary>
    public static byte[] Png(int width = 640, int height = 640) => PngWriter.Write(width, height, TestPattern.Draw(width, height).Pixels);

    /// <summary>A 16-bit mono PCM WAV lasting <paramref name="seconds"/>: a quiet 440 Hz tone.</summary>
    public static byte[] Wav(double seconds, int sampleRate = 16000)
    {
        var samples = (int)Math.Round(seconds * sampleRate);
        using var output = new MemoryStream();
        using (var writer = new BinaryWriter(output, Encoding.ASCII, leaveOpen: true))
        {
            writer.Write("RIFF"u8);
            writer.Write(36 + samples * 2);
            writer.Write("WAVEfmt "u8);
            writer.Write(16);
            writer.Write((short)1); // PCM
            writer.Write((short)1); // mono
            writer.Write(sampleRate);
            writer.Write(sampleRate * 2); // byte rate
            writer.Write((short)2); // block align
            writer.Write((short)16); // bits per sample
            writer.Write("data"u8);
            writer.Write(samples * 2);
            for (var i = 0; i < samples; i++) writer.Write((short)(8000 * Math.Sin(2 * Math.PI * 440 * i / sampleRate)));
        }
        return output.ToArray();
    }

    /// <summary>An MPEG-1 Layer III file lasting <paramref name="seconds"/> (CBR 128 kbit/s, 44.1 kHz, silent; rounded to whole 26 ms frames).</summary>
    public static byte[] Mp3(double seconds) => Mp3Frames.Silent(Mp3Frames.FrameCountFor(seconds));
}

namespace AvatarIV.TestSupport.Media;

/// <summary>
/// Silent MPEG-1 Layer III frames (mono, 44.1 kHz, 128 kbit/s). An all-zero side information block means
/// "no Huffman data", which every decoder plays as 1152 samples of silence.
/// </summary>
public static class Mp3Frames
{
    public const int SampleRate = 44100;
    public const int SamplesPerFrame = 1152;
    private const int BitRate = 128_000;

    public static int FrameCountFor(double seconds) => Math.Max(1, (int)Math.Round(seconds * SampleRate / SamplesPerFrame));

    public static double SecondsOf(int frames) => (double)frames * SamplesPerFrame / SampleRate;

    /// <summary>The frames back to back, padded the way an encoder does so the average rate is exactly 128 kbit/s.</summary>
    public static byte[] Silent(int frames)
    {
        using var output = new MemoryStream();
        var remainder = 0;
        for (var i = 0; i < frames; i++)
        {
            // 144 * 128000 / 44100 = 417.96 bytes: add the padding byte whenever the fraction carries over.
            remainder += 144 * BitRate % SampleRate;
            var padded = remainder >= SampleRate;
            if (padded) remainder -= SampleRate;
            output.Write(Frame(padded));
        }
        return output.ToArray();
    }

    private static byte[] Frame(bool padded)
    {
        var frame = new byte[144 * BitRate / SampleRate + (padded ? 1 : 0)];
        frame[0] = 0xFF;
        frame[1] = 0xFB; // MPEG-1, layer III, no CRC
        frame[2] = (byte)(0x90 | (padded ? 0x02 : 0)); // 128 kbit/s, 44.1 kHz
        frame[3] = 0xC4; // mono, original
        return frame;
    }
}

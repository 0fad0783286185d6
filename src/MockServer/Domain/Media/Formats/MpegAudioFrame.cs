namespace AvatarIV.MockServer.Domain.Media.Formats;

/// <summary>
/// The 4-byte header in front of every MPEG audio frame (MPEG-1, 2 and 2.5; layers I, II, III): 11 sync bits,
/// then version, layer, bitrate, sample rate and padding, from which the frame's byte length and duration follow.
/// Free-format frames (bitrate index 0) are refused: their length is not in the header.
/// </summary>
internal readonly record struct MpegAudioFrame(bool IsMpeg1, int VersionBits, int Layer, int SampleRate, int Length, int Samples, bool Mono)
{
    // kbit/s by bitrate index 1..14, per (MPEG-1 | MPEG-2/2.5) and layer.
    private static readonly int[] Mpeg1Layer1 = [32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448];
    private static readonly int[] Mpeg1Layer2 = [32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384];
    private static readonly int[] Mpeg1Layer3 = [32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
    private static readonly int[] Mpeg2Layer1 = [32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256];
    private static readonly int[] Mpeg2Layers23 = [8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];

    public double Seconds => (double)Samples / SampleRate;

    /// <summary>Offset inside the frame of a Xing/Info tag: header plus side information (which depends on version and channels).</summary>
    public int XingOffset => 4 + (IsMpeg1 ? (Mono ? 17 : 32) : (Mono ? 9 : 17));

    /// <summary>True when <paramref name="previous"/> and this frame can belong to one stream.</summary>
    public bool Continues(MpegAudioFrame previous) =>
        previous.VersionBits == VersionBits && previous.Layer == Layer && previous.SampleRate == SampleRate;

    public static bool TryRead(ReadOnlySpan<byte> bytes, long at, out MpegAudioFrame frame)
    {
        frame = default;
        if (at < 0 || at + 4 > bytes.Length) return false;
        var h = bytes.Slice((int)at, 4);
        if (h[0] != 0xFF || (h[1] & 0xE0) != 0xE0) return false;

        var versionBits = (h[1] >> 3) & 0b11;   // 0 = 2.5, 1 = reserved, 2 = MPEG-2, 3 = MPEG-1
        var layerBits = (h[1] >> 1) & 0b11;     // 0 = reserved, 1 = III, 2 = II, 3 = I
        var bitrateIndex = h[2] >> 4;
        var rateIndex = (h[2] >> 2) & 0b11;
        if (versionBits == 1 || layerBits == 0 || bitrateIndex is 0 or 15 || rateIndex == 3 || (h[3] & 0b11) == 2)
        {
            return false;
        }

        var mpeg1 = versionBits == 3;
        var layer = 4 - layerBits;
        var table = (mpeg1, layer) switch
        {
            (true, 1) => Mpeg1Layer1,
            (true, 2) => Mpeg1Layer2,
            (true, _) => Mpeg1Layer3,
            (false, 1) => Mpeg2Layer1,
            _ => Mpeg2Layers23,
        };
        var bitsPerSecond = table[bitrateIndex - 1] * 1000;
        int[] baseRates = [44100, 48000, 32000];
        var sampleRate = baseRates[rateIndex] >> (versionBits switch { 3 => 0, 2 => 1, _ => 2 });
        var padded = (h[2] & 0b10) != 0;
        var samples = layer switch { 1 => 384, 2 => 1152, _ => mpeg1 ? 1152 : 576 };
        var length = layer == 1
            ? 4 * (12 * bitsPerSecond / sampleRate + (padded ? 1 : 0))
            : samples * bitsPerSecond / 8 / sampleRate + (padded ? 1 : 0);
        frame = new MpegAudioFrame(mpeg1, versionBits, layer, sampleRate, length, samples, (h[3] >> 6) == 0b11);
        return true;
    }
}

namespace AvatarIV.Core.Media;

/// <summary>
/// One MPEG audio frame header (MPEG 1, 2 and 2.5; layers I–III), the four bytes that precede every frame.
/// Free-format streams (bitrate index 0) are rejected: their frame length cannot be known from the header.
/// </summary>
internal readonly struct MpegFrameHeader
{
    private static readonly int[][] BitratesKbps =
    [
        [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448], // MPEG-1 layer I
        [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],    // MPEG-1 layer II
        [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],     // MPEG-1 layer III
        [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],    // MPEG-2/2.5 layer I
        [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],         // MPEG-2/2.5 layers II and III
    ];

    private static readonly int[] Mpeg1SampleRates = [44100, 48000, 32000];

    private MpegFrameHeader(int version, int layer, int sampleRate, int frameLength, int samplesPerFrame, bool mono)
    {
        Version = version;
        Layer = layer;
        SampleRate = sampleRate;
        FrameLength = frameLength;
        SamplesPerFrame = samplesPerFrame;
        IsMono = mono;
    }

    /// <summary>1, 2, or 25 for MPEG-2.5.</summary>
    public int Version { get; }

    public int Layer { get; }

    public int SampleRate { get; }

    /// <summary>Bytes from this header to the next one, header included.</summary>
    public int FrameLength { get; }

    public int SamplesPerFrame { get; }

    public bool IsMono { get; }

    public double Seconds => (double)SamplesPerFrame / SampleRate;

    /// <summary>Where a Xing/Info tag would start inside this frame (after the header and side information).</summary>
    public int XingOffset => 4 + (Version == 1 ? (IsMono ? 17 : 32) : (IsMono ? 9 : 17));

    /// <summary>True when the next frame can follow this one in the same stream.</summary>
    public bool SameStreamAs(MpegFrameHeader other) =>
        Version == other.Version && Layer == other.Layer && SampleRate == other.SampleRate;

    public static bool TryParse(byte[] b, int count, int offset, out MpegFrameHeader header)
    {
        header = default;
        if (!ByteReading.Has(b, count, offset, 4)) return false;
        if (b[offset] != 0xFF || (b[offset + 1] & 0xE0) != 0xE0) return false;

        var versionBits = (b[offset + 1] >> 3) & 3;
        var layerBits = (b[offset + 1] >> 1) & 3;
        var bitrateIndex = b[offset + 2] >> 4;
        var rateIndex = (b[offset + 2] >> 2) & 3;
        var padding = (b[offset + 2] >> 1) & 1;
        var mono = (b[offset + 3] >> 6) == 3;
        var emphasis = b[offset + 3] & 3;
        if (versionBits == 1 || layerBits == 0 || bitrateIndex is 0 or 15 || rateIndex == 3 || emphasis == 2) return false;

        var version = versionBits switch { 3 => 1, 2 => 2, _ => 25 };
        var layer = 4 - layerBits;
        var table = version == 1 ? layer - 1 : (layer == 1 ? 3 : 4);
        var bitrate = BitratesKbps[table][bitrateIndex] * 1000;
        var sampleRate = Mpeg1SampleRates[rateIndex] / (version == 1 ? 1 : version == 2 ? 2 : 4);
        var samples = layer == 1 ? 384 : (layer == 3 && version != 1 ? 576 : 1152);
        var length = layer == 1
            ? (12 * bitrate / sampleRate + padding) * 4
            : samples / 8 * bitrate / sampleRate + padding;

        header = new MpegFrameHeader(version, layer, sampleRate, length, samples, mono);
        return true;
    }
}

namespace AvatarIV.TestSupport;

/// <summary>Real media files made in code for tests. SKELETON: the media work fills this in.</summary>
public static class SampleMedia
{
    /// <summary>A baseline JPEG of the given size (a face-free test pattern).</summary>
    public static byte[] Jpeg(int width = 640, int height = 640) => [];

    /// <summary>A PNG of the given size.</summary>
    public static byte[] Png(int width = 640, int height = 640) => [];

    /// <summary>A 16-bit mono PCM WAV lasting <paramref name="seconds"/>.</summary>
    public static byte[] Wav(double seconds, int sampleRate = 16000) => [];

    /// <summary>An MPEG-1 Layer III file lasting <paramref name="seconds"/> (CBR 128 kbit/s, 44.1 kHz).</summary>
    public static byte[] Mp3(double seconds) => [];
}

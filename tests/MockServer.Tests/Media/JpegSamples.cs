namespace AvatarIV.MockServer.Tests.Media;

/// <summary>Variants of a baseline JPEG for the cases the decoder must refuse or skip over.</summary>
internal static class JpegSamples
{
    /// <summary>The same bytes with the SOF0 marker replaced, e.g. by SOF2 to claim "progressive".</summary>
    public static byte[] WithFrameMarker(byte[] jpeg, byte marker)
    {
        var copy = jpeg.ToArray();
        for (var i = 2; i + 1 < copy.Length; i++)
        {
            if (copy[i] == 0xFF && copy[i + 1] == 0xC0)
            {
                copy[i + 1] = marker;
                return copy;
            }
        }
        throw new InvalidOperationException("No SOF0 marker found.");
    }
}

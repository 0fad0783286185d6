namespace MockServer.Tests.Media;

/// <summary>Variants of a baseline JPEG for the cases the decoder must refuse or skip over.</summary>
internal static class JpegSamples
{
    /// <summary>The same bytes with the SOF0 marker replaced, e.g. by SOF3 to claim "lossless".</summary>
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

    /// <summary>
    /// A file from Fixtures/, read next to this source file. The progressive JPEGs there were written by libjpeg's
    /// <c>cjpeg -progressive</c> (successive approximation, restart intervals) from the test pattern and from ffmpeg's testsrc2.
    /// </summary>
    public static byte[] Fixture(string name, [System.Runtime.CompilerServices.CallerFilePath] string source = "") =>
        File.ReadAllBytes(Path.Combine(Path.GetDirectoryName(source)!, "Fixtures", name));
}

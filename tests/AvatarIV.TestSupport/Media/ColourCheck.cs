namespace AvatarIV.TestSupport.Media;

/// <summary>Compares colours with the tolerance lossy JPEG round-trips need.</summary>
public static class ColourCheck
{
    public const int DefaultTolerance = 24;

    public static bool IsClose((byte R, byte G, byte B) actual, (byte R, byte G, byte B) expected, int tolerance = DefaultTolerance) =>
        Math.Abs(actual.R - expected.R) <= tolerance && Math.Abs(actual.G - expected.G) <= tolerance && Math.Abs(actual.B - expected.B) <= tolerance;
}

using AvatarIV.MockServer.Rendering;

namespace AvatarIV.TestSupport.Media;

/// <summary>
/// The picture inside every sample image: four coloured quadrants with a square of <see cref="CentreColour"/>
/// in the middle, so a test can tell which part of the photo ended up where.
/// </summary>
public static class TestPattern
{
    public static readonly (byte R, byte G, byte B) TopLeft = (220, 40, 40);
    public static readonly (byte R, byte G, byte B) TopRight = (40, 180, 60);
    public static readonly (byte R, byte G, byte B) BottomLeft = (40, 70, 210);
    public static readonly (byte R, byte G, byte B) BottomRight = (230, 200, 40);
    public static readonly (byte R, byte G, byte B) CentreColour = (200, 60, 200);

    public static RgbImage Draw(int width, int height)
    {
        var image = new RgbImage(width, height);
        int halfW = width / 2, halfH = height / 2;
        image.Fill(0, 0, halfW, halfH, TopLeft);
        image.Fill(halfW, 0, width - halfW, halfH, TopRight);
        image.Fill(0, halfH, halfW, height - halfH, BottomLeft);
        image.Fill(halfW, halfH, width - halfW, height - halfH, BottomRight);
        var side = Math.Max(2, Math.Min(width, height) / 4);
        image.Fill(halfW - side / 2, halfH - side / 2, side, side, CentreColour);
        return image;
    }
}

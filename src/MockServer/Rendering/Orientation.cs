namespace AvatarIV.MockServer.Rendering;

/// <summary>Turns decoded pixels upright according to an EXIF orientation (1–8).</summary>
public static class Orientation
{
    public static RgbImage Apply(RgbImage image, int orientation)
    {
        if (orientation is < 2 or > 8) return image;
        var swaps = orientation >= 5;
        var result = new RgbImage(swaps ? image.Height : image.Width, swaps ? image.Width : image.Height);
        int w = image.Width, h = image.Height;
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                // Where stored pixel (x, y) lands in the upright picture.
                var (tx, ty) = orientation switch
                {
                    2 => (w - 1 - x, y),
                    3 => (w - 1 - x, h - 1 - y),
                    4 => (x, h - 1 - y),
                    5 => (y, x),
                    6 => (h - 1 - y, x),
                    7 => (h - 1 - y, w - 1 - x),
                    _ => (y, w - 1 - x),
                };
                result[tx, ty] = image[x, y];
            }
        }
        return result;
    }
}

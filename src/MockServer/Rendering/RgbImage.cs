namespace AvatarIV.MockServer.Rendering;

/// <summary>An 8-bit RGB picture held as interleaved bytes, row by row from the top.</summary>
public sealed class RgbImage
{
    public RgbImage(int width, int height)
    {
        if (width <= 0 || height <= 0) throw new ArgumentOutOfRangeException(nameof(width), $"An image needs a positive size, not {width}x{height}.");
        Width = width;
        Height = height;
        Pixels = new byte[width * height * 3];
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>R, G, B for each pixel.</summary>
    public byte[] Pixels { get; }

    public (byte R, byte G, byte B) this[int x, int y]
    {
        get
        {
            var i = (y * Width + x) * 3;
            return (Pixels[i], Pixels[i + 1], Pixels[i + 2]);
        }
        set
        {
            var i = (y * Width + x) * 3;
            Pixels[i] = value.R;
            Pixels[i + 1] = value.G;
            Pixels[i + 2] = value.B;
        }
    }

    public void Fill(int x0, int y0, int width, int height, (byte R, byte G, byte B) colour)
    {
        for (var y = Math.Max(0, y0); y < Math.Min(Height, y0 + height); y++)
        {
            for (var x = Math.Max(0, x0); x < Math.Min(Width, x0 + width); x++) this[x, y] = colour;
        }
    }
}

namespace AvatarIV.MockServer.Rendering;

/// <summary>One colour component of a JPEG frame and its decoded sample plane (padded to whole MCUs).</summary>
internal sealed class JpegComponent(int id, int h, int v, int quantTable)
{
    public int Id { get; } = id;
    public int H { get; } = h;
    public int V { get; } = v;
    public int QuantTable { get; } = quantTable;
    public int PlaneWidth { get; private set; }
    public byte[] Plane { get; private set; } = [];

    public void Allocate(int width, int height)
    {
        PlaneWidth = width;
        Plane = new byte[width * height];
    }

    public void Set(int x, int y, float value)
    {
        var index = y * PlaneWidth + x;
        if (x < PlaneWidth && index < Plane.Length) Plane[index] = ToByte(value);
    }

    public void FillBlock(int x0, int y0, float value)
    {
        var sample = ToByte(value);
        for (var y = y0; y < y0 + 8; y++)
        {
            var start = y * PlaneWidth + x0;
            if (x0 + 8 <= PlaneWidth && start + 8 <= Plane.Length) Plane.AsSpan(start, 8).Fill(sample);
        }
    }

    private static byte ToByte(float value) => value <= 0 ? (byte)0 : value >= 255 ? (byte)255 : (byte)(value + 0.5f);
}

/// <summary>The SOF0/SOF1 header: size, components and their sampling factors; turns the planes into RGB.</summary>
internal sealed class JpegFrame
{
    private JpegFrame(int width, int height, JpegComponent[] components)
    {
        Width = width;
        Height = height;
        Components = components;
        MaxH = components.Max(c => c.H);
        MaxV = components.Max(c => c.V);
        McusX = (width + 8 * MaxH - 1) / (8 * MaxH);
        McusY = (height + 8 * MaxV - 1) / (8 * MaxV);
        foreach (var c in components) c.Allocate(McusX * c.H * 8, McusY * c.V * 8);
    }

    public int Width { get; }
    public int Height { get; }
    public JpegComponent[] Components { get; }
    public int MaxH { get; }
    public int MaxV { get; }
    public int McusX { get; }
    public int McusY { get; }

    public static JpegFrame Parse(ReadOnlySpan<byte> s)
    {
        if (s.Length < 6) throw new InvalidDataException("The JPEG's frame header is too short.");
        if (s[0] != 8) throw new NotSupportedException($"Only 8-bit JPEGs are decoded; this one has {s[0]}-bit samples.");
        int height = s[1] << 8 | s[2], width = s[3] << 8 | s[4], count = s[5];
        if (width == 0 || height == 0) throw new NotSupportedException("JPEGs whose height comes after the image data (DNL) are not decoded.");
        if ((long)width * height > 100_000_000) throw new InvalidDataException($"A {width}x{height} JPEG is outside the sizes the mock renders (up to 100 megapixels).");
        if (count is not (1 or 3)) throw new NotSupportedException($"Only greyscale and YCbCr JPEGs are decoded; this one has {count} components.");
        if (s.Length < 6 + count * 3) throw new InvalidDataException("The JPEG's frame header is too short.");
        var components = new JpegComponent[count];
        for (var i = 0; i < count; i++)
        {
            var sampling = s[7 + i * 3];
            int h = sampling >> 4, v = sampling & 15;
            if (h is < 1 or > 4 || v is < 1 or > 4) throw new InvalidDataException("The JPEG's sampling factors are invalid.");
            components[i] = new JpegComponent(s[6 + i * 3], h, v, s[8 + i * 3] & 3);
        }
        return new JpegFrame(width, height, components);
    }

    // Chroma planes are upsampled by repeating samples (nearest neighbour).
    public RgbImage ToRgb()
    {
        var image = new RgbImage(Width, Height);
        var pixels = image.Pixels;
        var luma = Components[0];
        for (var y = 0; y < Height; y++)
        {
            var lumaRow = y * luma.V / MaxV * luma.PlaneWidth;
            for (var x = 0; x < Width; x++)
            {
                var i = (y * Width + x) * 3;
                float l = luma.Plane[lumaRow + x * luma.H / MaxH];
                if (Components.Length == 1)
                {
                    pixels[i] = pixels[i + 1] = pixels[i + 2] = (byte)l;
                    continue;
                }
                var cb = SampleAt(Components[1], x, y) - 128f;
                var cr = SampleAt(Components[2], x, y) - 128f;
                pixels[i] = Clamp(l + 1.402f * cr);
                pixels[i + 1] = Clamp(l - 0.344136f * cb - 0.714136f * cr);
                pixels[i + 2] = Clamp(l + 1.772f * cb);
            }
        }
        return image;
    }

    private float SampleAt(JpegComponent c, int x, int y) => c.Plane[y * c.V / MaxV * c.PlaneWidth + x * c.H / MaxH];

    private static byte Clamp(float value) => value <= 0 ? (byte)0 : value >= 255 ? (byte)255 : (byte)(value + 0.5f);
}

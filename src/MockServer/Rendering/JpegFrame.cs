namespace AvatarIV.MockServer.Rendering;

/// <summary>One colour component of a JPEG frame: its quantised coefficients (whole MCUs, padded) and, once decoded, its samples.</summary>
internal sealed class JpegComponent(int id, int h, int v, int quantTable)
{
    public int Id { get; } = id;
    public int H { get; } = h;
    public int V { get; } = v;
    public int QuantTable { get; } = quantTable;
    public int BlocksPerLine { get; private set; }
    public int BlocksPerColumn { get; private set; }
    public int[] Coefficients { get; private set; } = [];

    public void Allocate(int blocksPerLine, int blocksPerColumn)
    {
        BlocksPerLine = blocksPerLine;
        BlocksPerColumn = blocksPerColumn;
        Coefficients = new int[blocksPerLine * blocksPerColumn * 64];
    }

    /// <summary>Where block (x, y)'s 64 coefficients start, in natural (row-major) order.</summary>
    public int Block(int x, int y) => (y * BlocksPerLine + x) * 64;
}

/// <summary>The SOF0/1/2 header: size, components and their sampling factors; turns the coefficients into RGB.</summary>
internal sealed class JpegFrame
{
    private JpegFrame(int width, int height, JpegComponent[] components, bool progressive)
    {
        Width = width;
        Height = height;
        Components = components;
        Progressive = progressive;
        MaxH = components.Max(c => c.H);
        MaxV = components.Max(c => c.V);
        McusX = (width + 8 * MaxH - 1) / (8 * MaxH);
        McusY = (height + 8 * MaxV - 1) / (8 * MaxV);
        foreach (var c in components) c.Allocate(McusX * c.H, McusY * c.V);
    }

    public int Width { get; }
    public int Height { get; }
    public JpegComponent[] Components { get; }
    public bool Progressive { get; }
    public int MaxH { get; }
    public int MaxV { get; }
    public int McusX { get; }
    public int McusY { get; }

    public static JpegFrame Parse(ReadOnlySpan<byte> s, bool progressive)
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
        return new JpegFrame(width, height, components, progressive);
    }

    /// <summary>Dequantises and inverse-transforms every block, then converts YCbCr (or grey) to RGB; chroma is upsampled by repetition.</summary>
    public RgbImage ToRgb(int[][] quantTables)
    {
        var planes = Components.Select(c => Samples(c, quantTables[c.QuantTable] ?? throw new InvalidDataException("The JPEG uses a quantisation table it never defines."))).ToArray();
        var image = new RgbImage(Width, Height);
        var pixels = image.Pixels;
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                var i = (y * Width + x) * 3;
                float l = SampleAt(0, planes, x, y);
                if (Components.Length == 1)
                {
                    pixels[i] = pixels[i + 1] = pixels[i + 2] = (byte)l;
                    continue;
                }
                var cb = SampleAt(1, planes, x, y) - 128f;
                var cr = SampleAt(2, planes, x, y) - 128f;
                pixels[i] = Clamp(l + 1.402f * cr);
                pixels[i + 1] = Clamp(l - 0.344136f * cb - 0.714136f * cr);
                pixels[i + 2] = Clamp(l + 1.772f * cb);
            }
        }
        return image;
    }

    private byte SampleAt(int component, byte[][] planes, int x, int y)
    {
        var c = Components[component];
        return planes[component][y * c.V / MaxV * c.BlocksPerLine * 8 + x * c.H / MaxH];
    }

    private static byte[] Samples(JpegComponent component, int[] quant)
    {
        var stride = component.BlocksPerLine * 8;
        var plane = new byte[stride * component.BlocksPerColumn * 8];
        var block = new float[64];
        var samples = new float[64];
        for (var by = 0; by < component.BlocksPerColumn; by++)
        {
            for (var bx = 0; bx < component.BlocksPerLine; bx++)
            {
                var offset = component.Block(bx, by);
                var flat = true;
                for (var k = 0; k < 64; k++)
                {
                    var natural = JpegTables.ZigZag[k];
                    block[natural] = component.Coefficients[offset + natural] * quant[k];
                    if (k > 0 && block[natural] != 0) flat = false;
                }
                InverseDct(block, samples, flat, plane, stride, bx * 8, by * 8);
            }
        }
        return plane;
    }

    private static void InverseDct(float[] coefficients, float[] samples, bool flat, byte[] plane, int stride, int x0, int y0)
    {
        if (flat)
        {
            var dc = Clamp(coefficients[0] / 8f + 128f); // every sample of a flat block is DC/8
            for (var y = 0; y < 8; y++) plane.AsSpan((y0 + y) * stride + x0, 8).Fill(dc);
            return;
        }
        Dct8x8.Inverse(coefficients, samples);
        for (var y = 0; y < 8; y++)
        {
            for (var x = 0; x < 8; x++) plane[(y0 + y) * stride + x0 + x] = Clamp(samples[y * 8 + x] + 128f);
        }
    }

    private static byte Clamp(float value) => value <= 0 ? (byte)0 : value >= 255 ? (byte)255 : (byte)(value + 0.5f);
}

namespace AvatarIV.MockServer.Rendering;

/// <summary>
/// An image converted once to JPEG's colour space (JFIF full-range YCbCr, level-shifted by −128),
/// with 8×8 block readers; edge blocks repeat the last row/column so padding stays invisible.
/// </summary>
internal sealed class YCbCrPlanes
{
    private readonly int _width;
    private readonly int _height;

    public YCbCrPlanes(RgbImage image)
    {
        _width = image.Width;
        _height = image.Height;
        var count = _width * _height;
        Y = new float[count];
        Cb = new float[count];
        Cr = new float[count];
        var p = image.Pixels;
        for (var i = 0; i < count; i++)
        {
            float r = p[i * 3], g = p[i * 3 + 1], b = p[i * 3 + 2];
            Y[i] = 0.299f * r + 0.587f * g + 0.114f * b - 128f;
            Cb[i] = -0.168736f * r - 0.331264f * g + 0.5f * b;
            Cr[i] = 0.5f * r - 0.418688f * g - 0.081312f * b;
        }
    }

    public float[] Y { get; }
    public float[] Cb { get; }
    public float[] Cr { get; }

    public void LumaBlock(int x0, int y0, float[] block)
    {
        for (var y = 0; y < 8; y++)
        {
            var row = Math.Min(y0 + y, _height - 1) * _width;
            for (var x = 0; x < 8; x++) block[y * 8 + x] = Y[row + Math.Min(x0 + x, _width - 1)];
        }
    }

    /// <summary>One 4:2:0 chroma block: each sample averages the 2×2 pixels it covers in a 16×16 macroblock.</summary>
    public void ChromaBlock(float[] plane, int x0, int y0, float[] block)
    {
        for (var y = 0; y < 8; y++)
        {
            var row0 = Math.Min(y0 + y * 2, _height - 1) * _width;
            var row1 = Math.Min(y0 + y * 2 + 1, _height - 1) * _width;
            for (var x = 0; x < 8; x++)
            {
                var c0 = Math.Min(x0 + x * 2, _width - 1);
                var c1 = Math.Min(x0 + x * 2 + 1, _width - 1);
                block[y * 8 + x] = (plane[row0 + c0] + plane[row0 + c1] + plane[row1 + c0] + plane[row1 + c1]) / 4f;
            }
        }
    }
}

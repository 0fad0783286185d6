using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace AvatarIV.MockServer.Rendering;

/// <summary>
/// Decodes PNGs to RGB: grey, grey+alpha, RGB, RGBA and palette at 8 or 16 bits (palette at 1–8), interlaced or not.
/// Transparency is composited over white, which is how a photo with a transparent background looks on a page.
/// </summary>
public static class PngDecoder
{
    private static readonly (int X0, int Y0, int Dx, int Dy)[] Adam7Passes =
        [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)];

    public static RgbImage Decode(byte[] png)
    {
        var header = default(PngHeader);
        byte[]? palette = null;
        byte[]? paletteAlpha = null;
        using var compressed = new MemoryStream();
        for (var pos = 8; pos + 12 <= png.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(pos));
            var type = Encoding.ASCII.GetString(png, pos + 4, 4);
            if (length < 0 || (long)pos + 12 + length > png.Length) throw new InvalidDataException($"The PNG's {type} chunk runs past the end of the file.");
            var data = png.AsSpan(pos + 8, length);
            switch (type)
            {
                case "IHDR": header = PngHeader.Parse(data); break;
                case "PLTE": palette = data.ToArray(); break;
                case "tRNS": paletteAlpha = data.ToArray(); break;
                case "IDAT": compressed.Write(data); break;
            }
            if (type == "IEND") break;
            pos += 12 + length;
        }
        if (header.Width == 0) throw new InvalidDataException("The PNG has no IHDR chunk.");
        if (header.ColourType == 3 && palette is null) throw new InvalidDataException("The palette PNG has no PLTE chunk.");

        compressed.Position = 0;
        var raw = Inflate(compressed, RawLength(header));

        var image = new RgbImage(header.Width, header.Height);
        var colours = new PngColours(header, palette, paletteAlpha);
        var offset = 0;
        if (header.Interlaced)
        {
            foreach (var (x0, y0, dx, dy) in Adam7Passes)
            {
                var passWidth = (header.Width - x0 + dx - 1) / dx;
                var passHeight = (header.Height - y0 + dy - 1) / dy;
                if (passWidth <= 0 || passHeight <= 0) continue;
                offset = DecodePass(raw, offset, header, passWidth, passHeight, (y, row) =>
                {
                    for (var x = 0; x < passWidth; x++) image[x0 + x * dx, y0 + y * dy] = colours.At(row, x);
                });
            }
        }
        else
        {
            DecodePass(raw, 0, header, header.Width, header.Height, (y, row) => colours.CopyRow(row, image.Pixels.AsSpan(y * header.Width * 3, header.Width * 3)));
        }
        return image;
    }

    // Only as many bytes as the header's size needs are inflated, so a "zip bomb" cannot exhaust memory,
    // and memory grows with the data actually there, so a tiny file claiming a huge size costs little.
    private static byte[] Inflate(Stream compressed, long expected)
    {
        using var zlib = new ZLibStream(compressed, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while (raw.Length < expected && (read = zlib.Read(chunk, 0, (int)Math.Min(chunk.Length, expected - raw.Length))) > 0) raw.Write(chunk, 0, read);
        if (raw.Length < expected) throw new InvalidDataException("The PNG's image data is shorter than its size says (a cut-off or damaged file).");
        return raw.ToArray();
    }

    private static long RawLength(PngHeader header)
    {
        long RowsOf(int width, int height) => width <= 0 || height <= 0 ? 0 : ((long)width * header.BitsPerPixel + 7) / 8 * height + height;
        if (!header.Interlaced) return RowsOf(header.Width, header.Height);
        return Adam7Passes.Sum(p => RowsOf((header.Width - p.X0 + p.Dx - 1) / p.Dx, (header.Height - p.Y0 + p.Dy - 1) / p.Dy));
    }

    // Unfilters each row of one pass (the whole image unless interlaced) and hands it to onRow(y, row).
    private static int DecodePass(byte[] raw, int offset, PngHeader header, int width, int height, Action<int, byte[]> onRow)
    {
        var stride = (width * header.BitsPerPixel + 7) / 8;
        var bytesPerPixel = Math.Max(1, header.BitsPerPixel / 8);
        var previous = new byte[stride];
        var current = new byte[stride];
        for (var y = 0; y < height; y++)
        {
            if (offset + 1 + stride > raw.Length) throw new InvalidDataException("The PNG's image data is shorter than its size says.");
            var filter = raw[offset];
            Buffer.BlockCopy(raw, offset + 1, current, 0, stride);
            offset += 1 + stride;
            Unfilter(filter, current, previous, bytesPerPixel);
            onRow(y, current);
            (previous, current) = (current, previous);
        }
        return offset;
    }

    private static void Unfilter(byte filter, byte[] row, byte[] above, int bpp)
    {
        for (var i = 0; i < row.Length; i++)
        {
            int left = i >= bpp ? row[i - bpp] : 0;
            int up = above[i];
            int upLeft = i >= bpp ? above[i - bpp] : 0;
            row[i] += filter switch
            {
                0 => 0,
                1 => (byte)left,
                2 => (byte)up,
                3 => (byte)((left + up) / 2),
                4 => (byte)Paeth(left, up, upLeft),
                _ => throw new InvalidDataException($"The PNG uses an unknown row filter {filter}."),
            };
        }
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}

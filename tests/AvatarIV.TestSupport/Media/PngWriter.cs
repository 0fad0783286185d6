using System.IO.Compression;
using System.Text;

namespace AvatarIV.TestSupport.Media;

/// <summary>
/// Writes 8-bit RGB PNGs, optionally Adam7-interlaced. Rows cycle through all five filter types so that decoders under test meet each one.
/// </summary>
public static class PngWriter
{
    private static readonly (int X0, int Y0, int Dx, int Dy)[] Adam7Passes =
        [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)];

    public static byte[] Write(int width, int height, byte[] rgb, bool interlaced = false)
    {
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);

        var header = new byte[13];
        WriteBigEndian(header, 0, (uint)width);
        WriteBigEndian(header, 4, (uint)height);
        header[8] = 8; // bits per sample
        header[9] = 2; // colour type: RGB
        header[12] = (byte)(interlaced ? 1 : 0);
        WriteChunk(output, "IHDR", header);
        WriteChunk(output, "IDAT", Compress(interlaced ? InterlacedRows(width, height, rgb) : FilterRows(width, height, rgb)));
        WriteChunk(output, "IEND", []);
        return output.ToArray();
    }

    // Each pass is a small image of every dx-th pixel of every dy-th row, filtered on its own.
    private static byte[] InterlacedRows(int width, int height, byte[] rgb)
    {
        var passes = new List<byte>();
        foreach (var (x0, y0, dx, dy) in Adam7Passes)
        {
            var passWidth = (width - x0 + dx - 1) / dx;
            var passHeight = (height - y0 + dy - 1) / dy;
            if (passWidth <= 0 || passHeight <= 0) continue;
            var sub = new byte[passWidth * passHeight * 3];
            for (var y = 0; y < passHeight; y++)
            {
                for (var x = 0; x < passWidth; x++) Array.Copy(rgb, ((y0 + y * dy) * width + x0 + x * dx) * 3, sub, (y * passWidth + x) * 3, 3);
            }
            passes.AddRange(FilterRows(passWidth, passHeight, sub));
        }
        return [.. passes];
    }

    private static byte[] FilterRows(int width, int height, byte[] rgb)
    {
        var stride = width * 3;
        var filtered = new byte[(stride + 1) * height];
        for (var y = 0; y < height; y++)
        {
            var filter = y % 5;
            filtered[y * (stride + 1)] = (byte)filter;
            for (var i = 0; i < stride; i++)
            {
                int current = rgb[y * stride + i];
                int left = i >= 3 ? rgb[y * stride + i - 3] : 0;
                int up = y > 0 ? rgb[(y - 1) * stride + i] : 0;
                int upLeft = y > 0 && i >= 3 ? rgb[(y - 1) * stride + i - 3] : 0;
                var predicted = filter switch
                {
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => 0,
                };
                filtered[y * (stride + 1) + 1 + i] = (byte)(current - predicted);
            }
        }
        return filtered;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static byte[] Compress(byte[] data)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest)) zlib.Write(data);
        return compressed.ToArray();
    }

    private static void WriteChunk(Stream output, string type, byte[] data)
    {
        var length = new byte[4];
        WriteBigEndian(length, 0, (uint)data.Length);
        output.Write(length);
        var typeAndData = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        output.Write(typeAndData);
        var crc = new byte[4];
        WriteBigEndian(crc, 0, Crc32.Compute(typeAndData));
        output.Write(crc);
    }

    private static void WriteBigEndian(byte[] target, int offset, uint value)
    {
        target[offset] = (byte)(value >> 24);
        target[offset + 1] = (byte)(value >> 16);
        target[offset + 2] = (byte)(value >> 8);
        target[offset + 3] = (byte)value;
    }
}

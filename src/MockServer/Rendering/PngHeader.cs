using System.Buffers.Binary;

namespace AvatarIV.MockServer.Rendering;

/// <summary>The IHDR chunk of a PNG, checked for the combinations the decoder supports.</summary>
internal readonly record struct PngHeader(int Width, int Height, int BitDepth, int ColourType, bool Interlaced)
{
    /// <summary>Samples per pixel for colour types 0 (grey), 2 (RGB), 3 (palette), 4 (grey+alpha), 6 (RGBA).</summary>
    public int Channels => ColourType switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, 6 => 4, _ => 0 };

    public int BitsPerPixel => Channels * BitDepth;

    public static PngHeader Parse(ReadOnlySpan<byte> data)
    {
        if (data.Length < 13) throw new InvalidDataException("The PNG's IHDR chunk is too short.");
        var header = new PngHeader(
            (int)Math.Min(int.MaxValue, BinaryPrimitives.ReadUInt32BigEndian(data)),
            (int)Math.Min(int.MaxValue, BinaryPrimitives.ReadUInt32BigEndian(data[4..])),
            data[8],
            data[9],
            data[12] == 1);
        var depthOk = header.ColourType == 3 ? header.BitDepth is 1 or 2 or 4 or 8 : header.ColourType == 0 ? header.BitDepth is 1 or 2 or 4 or 8 or 16 : header.BitDepth is 8 or 16;
        if (header.Channels == 0 || !depthOk) throw new InvalidDataException($"PNG colour type {header.ColourType} at {header.BitDepth} bits is not a valid PNG format.");
        if (header.Width <= 0 || header.Height <= 0 || (long)header.Width * header.Height > 100_000_000) throw new InvalidDataException($"A {header.Width}x{header.Height} PNG is outside the sizes the mock renders (up to 100 megapixels).");
        return header;
    }
}

namespace AvatarIV.MockServer.Rendering;

/// <summary>Turns one unfiltered PNG row's samples into RGB, resolving palettes and compositing alpha over white.</summary>
internal sealed class PngColours(PngHeader header, byte[]? palette, byte[]? paletteAlpha)
{
    private readonly int _maxSample = (1 << Math.Min(header.BitDepth, 8)) - 1;

    /// <summary>Converts a whole row into RGB bytes; 8-bit RGB rows already are, and are copied as they are.</summary>
    public void CopyRow(byte[] row, Span<byte> target)
    {
        if (header.ColourType == 2 && header.BitDepth == 8)
        {
            row.AsSpan(0, target.Length).CopyTo(target);
            return;
        }
        for (var x = 0; x < target.Length / 3; x++)
        {
            var (r, g, b) = At(row, x);
            target[x * 3] = r;
            target[x * 3 + 1] = g;
            target[x * 3 + 2] = b;
        }
    }

    public (byte R, byte G, byte B) At(byte[] row, int x)
    {
        switch (header.ColourType)
        {
            case 0:
                var grey = Sample(row, x, 0);
                return (grey, grey, grey);
            case 2:
                return (Sample(row, x, 0), Sample(row, x, 1), Sample(row, x, 2));
            case 3:
                var index = SubByteSample(row, x);
                var alpha = paletteAlpha is not null && index < paletteAlpha.Length ? paletteAlpha[index] : (byte)255;
                return index * 3 + 2 < palette!.Length
                    ? OverWhite(palette[index * 3], palette[index * 3 + 1], palette[index * 3 + 2], alpha)
                    : ((byte)0, (byte)0, (byte)0);
            case 4:
                var g = Sample(row, x, 0);
                return OverWhite(g, g, g, Sample(row, x, 1));
            default:
                return OverWhite(Sample(row, x, 0), Sample(row, x, 1), Sample(row, x, 2), Sample(row, x, 3));
        }
    }

    // 16-bit samples keep their high byte; 1/2/4-bit grey is stretched to 0–255.
    private byte Sample(byte[] row, int x, int channel)
    {
        if (header.BitDepth == 16) return row[(x * header.Channels + channel) * 2];
        if (header.BitDepth == 8) return row[x * header.Channels + channel];
        return (byte)(SubByteSample(row, x) * 255 / _maxSample);
    }

    private int SubByteSample(byte[] row, int x)
    {
        if (header.BitDepth == 8) return row[x];
        var bitIndex = x * header.BitDepth;
        return row[bitIndex / 8] >> (8 - header.BitDepth - bitIndex % 8) & _maxSample;
    }

    private static (byte, byte, byte) OverWhite(byte r, byte g, byte b, byte alpha) =>
        (Blend(r, alpha), Blend(g, alpha), Blend(b, alpha));

    private static byte Blend(byte value, byte alpha) => (byte)((value * alpha + 255 * (255 - alpha) + 127) / 255);
}

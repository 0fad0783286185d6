namespace AvatarIV.MockServer.Rendering;

/// <summary>
/// A baseline JPEG encoder (JFIF, YCbCr 4:2:0, Annex K quantisation and Huffman tables).
/// Small and dependency-free so the mock can make video frames and thumbnails on any machine.
/// </summary>
public static class JpegEncoder
{
    public static byte[] Encode(RgbImage image, int quality = 85)
    {
        var luminanceQuant = JpegTables.ScaledQuant(JpegTables.LuminanceQuant, quality);
        var chrominanceQuant = JpegTables.ScaledQuant(JpegTables.ChrominanceQuant, quality);
        using var output = new MemoryStream();
        WriteHeaders(output, image, luminanceQuant, chrominanceQuant);

        var tables = new[]
        {
            (Dc: JpegTables.BuildCodes(JpegTables.DcLuminanceCounts, JpegTables.DcSymbols), Ac: JpegTables.BuildCodes(JpegTables.AcLuminanceCounts, JpegTables.AcLuminanceSymbols), Quant: luminanceQuant),
            (Dc: JpegTables.BuildCodes(JpegTables.DcChrominanceCounts, JpegTables.DcSymbols), Ac: JpegTables.BuildCodes(JpegTables.AcChrominanceCounts, JpegTables.AcChrominanceSymbols), Quant: chrominanceQuant),
        };
        var bits = new JpegBitWriter(output);
        var planes = new YCbCrPlanes(image);
        var previousDc = new int[3];
        var block = new float[64];
        var work = new BlockBuffers();
        for (var mcuY = 0; mcuY < image.Height; mcuY += 16)
        {
            for (var mcuX = 0; mcuX < image.Width; mcuX += 16)
            {
                for (var i = 0; i < 4; i++)
                {
                    planes.LumaBlock(mcuX + i % 2 * 8, mcuY + i / 2 * 8, block);
                    EncodeBlock(bits, block, tables[0], ref previousDc[0], work);
                }
                for (var c = 1; c <= 2; c++)
                {
                    planes.ChromaBlock(c == 1 ? planes.Cb : planes.Cr, mcuX, mcuY, block);
                    EncodeBlock(bits, block, tables[1], ref previousDc[c], work);
                }
            }
        }
        bits.Flush();
        output.Write([0xFF, 0xD9]);
        return output.ToArray();
    }

    private static void WriteHeaders(Stream o, RgbImage image, int[] luminanceQuant, int[] chrominanceQuant)
    {
        o.Write([0xFF, 0xD8]);
        o.Write([0xFF, 0xE0, 0, 16, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);

        o.Write([0xFF, 0xDB, 0, 132]);
        WriteQuant(o, 0, luminanceQuant);
        WriteQuant(o, 1, chrominanceQuant);

        o.Write([0xFF, 0xC0, 0, 17, 8, (byte)(image.Height >> 8), (byte)image.Height, (byte)(image.Width >> 8), (byte)image.Width, 3]);
        o.Write([1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);

        WriteHuffman(o, 0x00, JpegTables.DcLuminanceCounts, JpegTables.DcSymbols);
        WriteHuffman(o, 0x10, JpegTables.AcLuminanceCounts, JpegTables.AcLuminanceSymbols);
        WriteHuffman(o, 0x01, JpegTables.DcChrominanceCounts, JpegTables.DcSymbols);
        WriteHuffman(o, 0x11, JpegTables.AcChrominanceCounts, JpegTables.AcChrominanceSymbols);

        o.Write([0xFF, 0xDA, 0, 12, 3, 1, 0x00, 2, 0x11, 3, 0x11, 0, 63, 0]);
    }

    private static void WriteQuant(Stream o, int id, int[] natural)
    {
        o.WriteByte((byte)id);
        foreach (var index in JpegTables.ZigZag) o.WriteByte((byte)natural[index]);
    }

    private static void WriteHuffman(Stream o, int classAndId, byte[] counts, byte[] symbols)
    {
        var length = 2 + 1 + 16 + symbols.Length;
        o.Write([0xFF, 0xC4, (byte)(length >> 8), (byte)length, (byte)classAndId]);
        o.Write(counts);
        o.Write(symbols);
    }

    private static void EncodeBlock(JpegBitWriter bits, float[] block, ((int Code, int Length)[] Dc, (int Code, int Length)[] Ac, int[] Quant) table, ref int previousDc, BlockBuffers work)
    {
        var coefficients = ForwardDct(block, work);
        var quantised = work.Quantised;
        for (var i = 0; i < 64; i++)
        {
            var natural = JpegTables.ZigZag[i];
            quantised[i] = (int)Math.Round(coefficients[natural] / table.Quant[natural]);
        }

        var diff = quantised[0] - previousDc;
        previousDc = quantised[0];
        WriteValue(bits, table.Dc, 0, diff);

        var zeroRun = 0;
        for (var i = 1; i < 64; i++)
        {
            if (quantised[i] == 0)
            {
                zeroRun++;
                continue;
            }
            for (; zeroRun >= 16; zeroRun -= 16) bits.Write(table.Ac[0xF0].Code, table.Ac[0xF0].Length);
            WriteValue(bits, table.Ac, zeroRun << 4, quantised[i]);
            zeroRun = 0;
        }
        if (zeroRun > 0) bits.Write(table.Ac[0x00].Code, table.Ac[0x00].Length);
    }

    // Symbol = run and magnitude category; then the value's bits (negative values one's-complemented).
    private static void WriteValue(JpegBitWriter bits, (int Code, int Length)[] codes, int run, int value)
    {
        var magnitude = Math.Abs(value);
        var category = 0;
        while (magnitude >> category != 0) category++;
        var (code, length) = codes[run | category];
        bits.Write(code, length);
        if (category > 0) bits.Write(value < 0 ? value - 1 : value, category);
    }

    private static float[] ForwardDct(float[] block, BlockBuffers work)
    {
        Dct8x8.Forward(block, work.Coefficients);
        return work.Coefficients;
    }

    private sealed class BlockBuffers
    {
        public float[] Coefficients { get; } = new float[64];
        public int[] Quantised { get; } = new int[64];
    }
}

namespace AvatarIV.MockServer.Rendering;

/// <summary>
/// Decodes baseline (sequential Huffman) JPEGs — what cameras and phones write — to RGB, at any chroma subsampling.
/// Progressive, lossless, arithmetic-coded and CMYK JPEGs throw <see cref="NotSupportedException"/>; callers then use the bytes as they are.
/// </summary>
public static class JpegDecoder
{
    private static readonly float[] Cosines = JpegEncoder.BuildCosines();

    public static RgbImage Decode(byte[] jpeg)
    {
        var quantTables = new int[4][];
        var dcTables = new JpegHuffmanTable[4];
        var acTables = new JpegHuffmanTable[4];
        JpegFrame? frame = null;
        var restartInterval = 0;
        var pos = 2;
        while (pos + 4 <= jpeg.Length)
        {
            if (jpeg[pos] != 0xFF) throw new InvalidDataException($"The JPEG is damaged: expected a marker at byte {pos}.");
            var marker = jpeg[pos + 1];
            if (marker == 0xFF) { pos++; continue; }
            if (marker is 0xD8 or 0x01 or >= 0xD0 and <= 0xD7) { pos += 2; continue; }
            if (marker == 0xD9) break;
            var length = jpeg[pos + 2] << 8 | jpeg[pos + 3];
            if (length < 2 || pos + 2 + length > jpeg.Length) throw new InvalidDataException("The JPEG is cut off inside a header segment.");
            var segment = jpeg.AsSpan(pos + 4, length - 2);
            switch (marker)
            {
                case 0xDB: ReadQuantTables(segment, quantTables); break;
                case 0xC4: ReadHuffmanTables(segment, dcTables, acTables); break;
                case 0xDD: restartInterval = segment[0] << 8 | segment[1]; break;
                case 0xC0 or 0xC1: frame = JpegFrame.Parse(segment); break;
                case >= 0xC2 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC:
                    throw new NotSupportedException("Only baseline JPEGs are decoded; this one is progressive, lossless or arithmetic-coded.");
                case 0xDA:
                    if (frame is null) throw new InvalidDataException("The JPEG's image data comes before its frame header.");
                    DecodeScan(jpeg, pos + 2 + length, segment, frame, quantTables, dcTables, acTables, restartInterval);
                    return frame.ToRgb();
            }
            pos += 2 + length;
        }
        throw new InvalidDataException("The JPEG has no image data.");
    }

    private static void ReadQuantTables(ReadOnlySpan<byte> segment, int[][] tables)
    {
        for (var i = 0; i < segment.Length;)
        {
            var sixteenBit = segment[i] >> 4 != 0;
            var id = segment[i++] & 3;
            var table = new int[64];
            for (var k = 0; k < 64; k++, i += sixteenBit ? 2 : 1) table[k] = sixteenBit ? segment[i] << 8 | segment[i + 1] : segment[i];
            tables[id] = table; // kept in zig-zag order, like the coefficients as they are read
        }
    }

    private static void ReadHuffmanTables(ReadOnlySpan<byte> segment, JpegHuffmanTable[] dc, JpegHuffmanTable[] ac)
    {
        for (var i = 0; i + 17 <= segment.Length;)
        {
            var isAc = segment[i] >> 4 == 1;
            var id = segment[i] & 3;
            var counts = segment.Slice(i + 1, 16);
            var total = 0;
            foreach (var count in counts) total += count;
            var table = new JpegHuffmanTable(counts, segment.Slice(i + 17, total).ToArray());
            (isAc ? ac : dc)[id] = table;
            i += 17 + total;
        }
    }

    private static void DecodeScan(byte[] jpeg, int dataStart, ReadOnlySpan<byte> header, JpegFrame frame, int[][] quant, JpegHuffmanTable[] dcTables, JpegHuffmanTable[] acTables, int restartInterval)
    {
        if (header[0] != frame.Components.Length) throw new NotSupportedException("Only JPEGs whose first scan holds every colour component are decoded.");
        var scan = new (JpegComponent Component, JpegHuffmanTable Dc, JpegHuffmanTable Ac, int[] Quant)[header[0]];
        for (var i = 0; i < scan.Length; i++)
        {
            var id = header[1 + i * 2];
            var component = frame.Components.FirstOrDefault(c => c.Id == id) ?? throw new InvalidDataException("The JPEG's scan names a component its frame does not have.");
            var tables = header[2 + i * 2];
            scan[i] = (component, dcTables[tables >> 4 & 3], acTables[tables & 3], quant[component.QuantTable]);
        }
        if (scan.Any(s => s.Dc is null || s.Ac is null || s.Quant is null)) throw new InvalidDataException("The JPEG's scan refers to a table it never defines.");

        var bits = new JpegBitReader(jpeg, dataStart);
        var predictions = new int[scan.Length];
        var coefficients = new float[64];
        var single = scan.Length == 1;
        var component0 = scan[0].Component;
        // A lone component is not interleaved: its "MCU" is one block and only its real blocks are coded.
        int mcusX = single ? (frame.Width * component0.H / frame.MaxH + 7) / 8 : frame.McusX;
        int mcusY = single ? (frame.Height * component0.V / frame.MaxV + 7) / 8 : frame.McusY;
        for (var mcu = 0; mcu < mcusX * mcusY; mcu++)
        {
            if (restartInterval > 0 && mcu > 0 && mcu % restartInterval == 0)
            {
                bits.Restart();
                Array.Clear(predictions);
            }
            int mx = mcu % mcusX, my = mcu / mcusX;
            for (var c = 0; c < scan.Length; c++)
            {
                var (component, dc, ac, q) = scan[c];
                int h = single ? 1 : component.H, v = single ? 1 : component.V;
                for (var by = 0; by < v; by++)
                {
                    for (var bx = 0; bx < h; bx++)
                    {
                        DecodeBlock(bits, dc, ac, q, ref predictions[c], coefficients);
                        InverseDct(coefficients, component, (mx * h + bx) * 8, (my * v + by) * 8);
                    }
                }
            }
        }
    }

    private static void DecodeBlock(JpegBitReader bits, JpegHuffmanTable dc, JpegHuffmanTable ac, int[] quant, ref int prediction, float[] coefficients)
    {
        Array.Clear(coefficients);
        prediction += bits.ReceiveExtend(dc.Decode(bits));
        coefficients[0] = prediction * quant[0];
        for (var k = 1; k < 64;)
        {
            var symbol = ac.Decode(bits);
            int run = symbol >> 4, size = symbol & 15;
            if (size == 0)
            {
                if (run != 15) break; // end of block
                k += 16;
                continue;
            }
            k += run;
            if (k > 63) break;
            coefficients[JpegTables.ZigZag[k]] = bits.ReceiveExtend(size) * quant[k];
            k++;
        }
    }

    private static void InverseDct(float[] f, JpegComponent component, int x0, int y0)
    {
        var acZero = true;
        for (var i = 1; i < 64 && acZero; i++) acZero = f[i] == 0;
        if (acZero)
        {
            component.FillBlock(x0, y0, f[0] / 8f + 128f); // flat block: every sample is DC/8
            return;
        }
        Span<float> rows = stackalloc float[64];
        for (var v = 0; v < 8; v++)
        {
            for (var x = 0; x < 8; x++)
            {
                var sum = 0f;
                for (var u = 0; u < 8; u++) sum += f[v * 8 + u] * Cosines[x * 8 + u];
                rows[v * 8 + x] = sum;
            }
        }
        for (var y = 0; y < 8; y++)
        {
            for (var x = 0; x < 8; x++)
            {
                var sum = 0f;
                for (var v = 0; v < 8; v++) sum += rows[v * 8 + x] * Cosines[y * 8 + v];
                component.Set(x0 + x, y0 + y, sum / 4f + 128f);
            }
        }
    }
}

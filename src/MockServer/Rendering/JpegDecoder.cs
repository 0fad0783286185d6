namespace AvatarIV.MockServer.Rendering;

/// <summary>
/// Decodes Huffman-coded JPEGs — baseline, extended and progressive, what cameras, phones and the web write — to RGB,
/// at any chroma subsampling. Lossless, arithmetic-coded, 12-bit and CMYK JPEGs throw <see cref="NotSupportedException"/>;
/// callers then use the bytes as they are.
/// </summary>
public static class JpegDecoder
{
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
            pos += 2 + length;
            switch (marker)
            {
                case 0xDB: ReadQuantTables(segment, quantTables); break;
                case 0xC4: ReadHuffmanTables(segment, dcTables, acTables); break;
                case 0xDD: restartInterval = segment[0] << 8 | segment[1]; break;
                case 0xC0 or 0xC1 or 0xC2: frame = JpegFrame.Parse(segment, progressive: marker == 0xC2); break;
                case >= 0xC3 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC:
                    throw new NotSupportedException("Lossless and arithmetic-coded JPEGs are not decoded.");
                case 0xDA:
                    if (frame is null) throw new InvalidDataException("The JPEG's image data comes before its frame header.");
                    var scan = JpegScanDecoder.Create(segment, frame, dcTables, acTables, restartInterval);
                    pos = scan.Decode(jpeg, pos);
                    if (!frame.Progressive && scan.CoversAllComponents) return frame.ToRgb(quantTables);
                    break;
            }
        }
        if (frame is null) throw new InvalidDataException("The JPEG has no image data.");
        return frame.ToRgb(quantTables); // progressive (or multi-scan) files end at EOI
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
}

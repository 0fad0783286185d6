namespace AvatarIV.MockServer.Rendering;

/// <summary>A decoding table for one DHT segment (ITU T.81 Annex F.2.2.3: MAXCODE, VALPTR, MINCODE).</summary>
internal sealed class JpegHuffmanTable
{
    private readonly int[] _maxCode = new int[18];
    private readonly int[] _valuePointer = new int[17];
    private readonly int[] _minCode = new int[17];
    private readonly byte[] _symbols;

    public JpegHuffmanTable(ReadOnlySpan<byte> counts, byte[] symbols)
    {
        _symbols = symbols;
        int code = 0, k = 0;
        for (var length = 1; length <= 16; length++)
        {
            _valuePointer[length] = k;
            _minCode[length] = code;
            code += counts[length - 1];
            k += counts[length - 1];
            _maxCode[length] = counts[length - 1] > 0 ? code - 1 : -1;
            code <<= 1;
        }
        _maxCode[17] = int.MaxValue;
    }

    public byte Decode(JpegBitReader bits)
    {
        var code = 0;
        for (var length = 1; length <= 16; length++)
        {
            code = code << 1 | bits.ReadBit();
            if (code <= _maxCode[length]) return _symbols[_valuePointer[length] + code - _minCode[length]];
        }
        throw new InvalidDataException("The JPEG's image data holds a code its Huffman tables do not define.");
    }
}

namespace AvatarIV.MockServer.Rendering;

/// <summary>Writes Huffman-coded bits of a JPEG scan, stuffing a zero byte after every 0xFF as the format requires.</summary>
internal sealed class JpegBitWriter(Stream output)
{
    private int _buffer;
    private int _bitCount;

    /// <summary>Appends the low <paramref name="length"/> (at most 16) bits of <paramref name="bits"/>.</summary>
    public void Write(int bits, int length)
    {
        _buffer = _buffer << length | bits & ((1 << length) - 1);
        _bitCount += length;
        while (_bitCount >= 8)
        {
            var b = (byte)(_buffer >> (_bitCount - 8));
            output.WriteByte(b);
            if (b == 0xFF) output.WriteByte(0);
            _bitCount -= 8;
        }
        _buffer &= (1 << _bitCount) - 1;
    }

    /// <summary>Pads the last byte with one-bits (so it cannot be read as a code).</summary>
    public void Flush()
    {
        if (_bitCount > 0) Write((1 << (8 - _bitCount)) - 1, 8 - _bitCount);
    }
}

namespace AvatarIV.MockServer.Rendering;

/// <summary>Writes Huffman-coded bits of a JPEG scan, stuffing a zero byte after every 0xFF as the format requires.</summary>
internal sealed class JpegBitWriter(Stream output)
{
    private int _buffer;
    private int _bitCount;

    public void Write(int bits, int length)
    {
        for (var i = length - 1; i >= 0; i--)
        {
            _buffer = _buffer << 1 | (bits >> i) & 1;
            if (++_bitCount == 8) EmitByte();
        }
    }

    /// <summary>Pads the last byte with one-bits (so it cannot be read as a code).</summary>
    public void Flush()
    {
        while (_bitCount != 0) Write(1, 1);
    }

    private void EmitByte()
    {
        output.WriteByte((byte)_buffer);
        if (_buffer == 0xFF) output.WriteByte(0);
        _buffer = 0;
        _bitCount = 0;
    }
}

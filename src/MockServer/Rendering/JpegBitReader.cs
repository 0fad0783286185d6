namespace AvatarIV.MockServer.Rendering;

/// <summary>Reads the entropy-coded bits of a JPEG scan, dropping stuffed zero bytes and stopping at markers.</summary>
internal sealed class JpegBitReader(byte[] data, int start)
{
    // Real scans never need bytes beyond their data; a damaged file that claims a huge picture would need millions.
    private const int MaxMissingBytes = 64;
    private int _missingBytes;
    private int _buffer;
    private int _bitsLeft;

    public int Position { get; private set; } = start;

    public int ReadBit()
    {
        if (_bitsLeft == 0) Fill();
        _bitsLeft--;
        return _buffer >> _bitsLeft & 1;
    }

    public int ReadBits(int count)
    {
        var value = 0;
        for (var i = 0; i < count; i++) value = value << 1 | ReadBit();
        return value;
    }

    /// <summary>A coefficient of <paramref name="size"/> bits, sign-extended as T.81 F.2.2.1 describes.</summary>
    public int ReceiveExtend(int size)
    {
        if (size == 0) return 0;
        var value = ReadBits(size);
        return value < 1 << (size - 1) ? value - (1 << size) + 1 : value;
    }

    /// <summary>Skips to just past the next RSTn marker and starts a fresh byte.</summary>
    public void Restart()
    {
        _bitsLeft = 0;
        while (Position + 1 < data.Length && !(data[Position] == 0xFF && data[Position + 1] is >= 0xD0 and <= 0xD7)) Position++;
        Position = Math.Min(data.Length, Position + 2);
    }

    // At a marker (or the end) the scan is over: feed zeros rather than reading the marker as data.
    private void Fill()
    {
        _bitsLeft = 8;
        _buffer = 0;
        if (Position >= data.Length)
        {
            Missing();
            return;
        }
        var b = data[Position];
        if (b == 0xFF)
        {
            var next = Position + 1 < data.Length ? data[Position + 1] : 0xD9;
            if (next != 0)
            {
                Missing();
                return;
            }
            Position += 2;
            _buffer = 0xFF;
            return;
        }
        Position++;
        _buffer = b;
    }

    private void Missing()
    {
        if (++_missingBytes > MaxMissingBytes) throw new InvalidDataException("The JPEG's image data ends before the whole picture is coded (a cut-off or damaged file).");
    }
}

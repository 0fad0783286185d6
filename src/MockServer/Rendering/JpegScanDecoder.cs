namespace AvatarIV.MockServer.Rendering;

/// <summary>
/// Decodes one scan's entropy-coded data into the frame's coefficients (ITU T.81 Annex G for progressive scans:
/// spectral selection Ss..Se, successive approximation Ah/Al, end-of-band runs).
/// </summary>
internal sealed class JpegScanDecoder
{
    private readonly JpegFrame _frame;
    private readonly (JpegComponent Component, JpegHuffmanTable? Dc, JpegHuffmanTable? Ac)[] _components;
    private readonly int _start;
    private readonly int _end;
    private readonly int _high;
    private readonly int _low;
    private readonly int _restartInterval;
    private int _endOfBandRun;

    private JpegScanDecoder(JpegFrame frame, (JpegComponent, JpegHuffmanTable?, JpegHuffmanTable?)[] components, int start, int end, int high, int low, int restartInterval)
    {
        _frame = frame;
        _components = components;
        _start = start;
        _end = end;
        _high = high;
        _low = low;
        _restartInterval = restartInterval;
    }

    public bool CoversAllComponents => _components.Length == _frame.Components.Length && _start == 0 && _end == 63;

    public static JpegScanDecoder Create(ReadOnlySpan<byte> header, JpegFrame frame, JpegHuffmanTable[] dcTables, JpegHuffmanTable[] acTables, int restartInterval)
    {
        var count = header[0];
        if (count is < 1 or > 4 || header.Length < 4 + count * 2) throw new InvalidDataException("The JPEG's scan header is damaged.");
        var components = new (JpegComponent, JpegHuffmanTable?, JpegHuffmanTable?)[count];
        for (var i = 0; i < count; i++)
        {
            var id = header[1 + i * 2];
            var component = frame.Components.FirstOrDefault(c => c.Id == id) ?? throw new InvalidDataException("The JPEG's scan names a component its frame does not have.");
            var tables = header[2 + i * 2];
            components[i] = (component, dcTables[tables >> 4 & 3], acTables[tables & 3]);
        }
        var spectral = 1 + count * 2;
        int start = header[spectral], end = header[spectral + 1], high = header[spectral + 2] >> 4, low = header[spectral + 2] & 15;
        if (!frame.Progressive) (start, end, high, low) = (0, 63, 0, 0);
        if (start > end || end > 63 || (start == 0) != (end == 0) && frame.Progressive) throw new InvalidDataException("The JPEG's scan asks for an impossible coefficient range.");
        var needsDc = start == 0 && high == 0;
        if (components.Any(c => needsDc && c.Item2 is null || end > 0 && c.Item3 is null)) throw new InvalidDataException("The JPEG's scan refers to a Huffman table it never defines.");
        return new JpegScanDecoder(frame, components, start, end, high, low, restartInterval);
    }

    /// <summary>Decodes the data starting at <paramref name="dataStart"/>; returns where the next marker segment starts.</summary>
    public int Decode(byte[] jpeg, int dataStart)
    {
        var bits = new JpegBitReader(jpeg, dataStart);
        var predictions = new int[_components.Length];
        // A single-component scan is not interleaved: its units are that component's real blocks, one at a time.
        var single = _components.Length == 1;
        var only = _components[0].Component;
        var unitsX = single ? (((_frame.Width * only.H + _frame.MaxH - 1) / _frame.MaxH) + 7) / 8 : _frame.McusX;
        var unitsY = single ? (((_frame.Height * only.V + _frame.MaxV - 1) / _frame.MaxV) + 7) / 8 : _frame.McusY;
        for (var unit = 0; unit < unitsX * unitsY; unit++)
        {
            if (_restartInterval > 0 && unit > 0 && unit % _restartInterval == 0)
            {
                bits.Restart();
                Array.Clear(predictions);
                _endOfBandRun = 0;
            }
            int ux = unit % unitsX, uy = unit / unitsX;
            for (var c = 0; c < _components.Length; c++)
            {
                var (component, dc, ac) = _components[c];
                int h = single ? 1 : component.H, v = single ? 1 : component.V;
                for (var by = 0; by < v; by++)
                {
                    for (var bx = 0; bx < h; bx++) DecodeBlock(bits, dc, ac, ref predictions[c], component.Block(ux * h + bx, uy * v + by), component.Coefficients);
                }
            }
        }
        return NextMarker(jpeg, bits.Position);
    }

    private void DecodeBlock(JpegBitReader bits, JpegHuffmanTable? dc, JpegHuffmanTable? ac, ref int prediction, int offset, int[] coefficients)
    {
        if (_start == 0)
        {
            if (_high == 0)
            {
                prediction += bits.ReceiveExtend(dc!.Decode(bits));
                coefficients[offset] = prediction * (1 << _low);
            }
            else if (bits.ReadBit() == 1)
            {
                coefficients[offset] |= 1 << _low;
            }
            if (_end == 0) return;
        }
        var first = Math.Max(1, _start);
        if (_high == 0) DecodeAcFirst(bits, ac!, offset, coefficients, first);
        else DecodeAcRefine(bits, ac!, offset, coefficients, first);
    }

    // Also the whole of a sequential block's AC coefficients (first = 1, end = 63, low = 0, no end-of-band runs).
    private void DecodeAcFirst(JpegBitReader bits, JpegHuffmanTable ac, int offset, int[] coefficients, int first)
    {
        if (_endOfBandRun > 0)
        {
            _endOfBandRun--;
            return;
        }
        for (var k = first; k <= _end; k++)
        {
            var symbol = ac.Decode(bits);
            int run = symbol >> 4, size = symbol & 15;
            if (size == 0)
            {
                if (run < 15)
                {
                    _endOfBandRun = (1 << run) - 1 + (run > 0 ? bits.ReadBits(run) : 0);
                    return;
                }
                k += 15;
                continue;
            }
            k += run;
            if (k > 63) return;
            coefficients[offset + JpegTables.ZigZag[k]] = bits.ReceiveExtend(size) * (1 << _low);
        }
    }

    // Successive approximation: one more bit for coefficients already non-zero, new ±1 coefficients placed between them.
    private void DecodeAcRefine(JpegBitReader bits, JpegHuffmanTable ac, int offset, int[] coefficients, int first)
    {
        int plus = 1 << _low, minus = -1 << _low;
        var k = first;
        if (_endOfBandRun == 0)
        {
            for (; k <= _end; k++)
            {
                var symbol = ac.Decode(bits);
                int run = symbol >> 4, size = symbol & 15, value = 0;
                if (size != 0)
                {
                    value = bits.ReadBit() == 1 ? plus : minus;
                }
                else if (run != 15)
                {
                    _endOfBandRun = (1 << run) + (run > 0 ? bits.ReadBits(run) : 0);
                    break;
                }
                while (k <= _end)
                {
                    var index = offset + JpegTables.ZigZag[k];
                    if (coefficients[index] != 0) Refine(bits, coefficients, index, plus, minus);
                    else if (--run < 0) break;
                    k++;
                }
                if (value != 0 && k <= _end) coefficients[offset + JpegTables.ZigZag[k]] = value;
            }
        }
        if (_endOfBandRun > 0)
        {
            for (; k <= _end; k++)
            {
                var index = offset + JpegTables.ZigZag[k];
                if (coefficients[index] != 0) Refine(bits, coefficients, index, plus, minus);
            }
            _endOfBandRun--;
        }
    }

    private static void Refine(JpegBitReader bits, int[] coefficients, int index, int plus, int minus)
    {
        if (bits.ReadBit() == 1 && (coefficients[index] & plus) == 0) coefficients[index] += coefficients[index] >= 0 ? plus : minus;
    }

    // The scan ends at the first marker that is neither a stuffed 0xFF00 nor a restart marker.
    private static int NextMarker(byte[] jpeg, int from)
    {
        for (var i = Math.Max(0, from); i + 1 < jpeg.Length; i++)
        {
            if (jpeg[i] == 0xFF && jpeg[i + 1] is not 0 and not 0xFF and not (>= 0xD0 and <= 0xD7)) return i;
        }
        return jpeg.Length;
    }
}

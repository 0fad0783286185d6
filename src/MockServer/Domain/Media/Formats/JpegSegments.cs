using System.Buffers.Binary;

namespace AvatarIV.MockServer.Domain.Media.Formats;

/// <summary>
/// Walks the marker segments at the head of a JPEG (APPn, DQT, DHT, SOFn …) up to the image data. Each segment
/// is FF, a marker byte, a 2-byte length that counts itself, and a body; walking stops at SOS, EOI or damage.
/// </summary>
internal static class JpegSegments
{
    public readonly ref struct Segment(byte marker, ReadOnlySpan<byte> body)
    {
        public byte Marker { get; } = marker;
        public ReadOnlySpan<byte> Body { get; } = body;
    }

    /// <summary>SOF0–SOF15, leaving out DHT (C4), JPG (C8) and DAC (CC), which share the range.</summary>
    public static bool IsFrameHeader(byte marker) => marker is >= 0xC0 and <= 0xCF && marker is not (0xC4 or 0xC8 or 0xCC);

    public static Enumerator Walk(ReadOnlySpan<byte> jpeg) => new(jpeg);

    public ref struct Enumerator(ReadOnlySpan<byte> jpeg)
    {
        private readonly ReadOnlySpan<byte> _jpeg = jpeg;
        private int _at = 2; // past SOI

        public Segment Current { get; private set; }

        public readonly Enumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            while (_at < _jpeg.Length && _jpeg[_at] == 0xFF)
            {
                while (_at < _jpeg.Length && _jpeg[_at] == 0xFF) _at++; // fill bytes before a marker
                if (_at >= _jpeg.Length) return false;
                var marker = _jpeg[_at++];
                if (marker is 0x01 or >= 0xD0 and <= 0xD8) continue; // stand-alone markers carry no length
                if (marker is 0xD9 or 0xDA || _at + 2 > _jpeg.Length) return false; // end of image, or entropy-coded data next
                var length = BinaryPrimitives.ReadUInt16BigEndian(_jpeg[_at..]);
                if (length < 2) return false;
                var end = Math.Min(_jpeg.Length, _at + length);
                Current = new Segment(marker, _jpeg[(_at + 2)..end]);
                _at += length;
                return true;
            }

            return false;
        }
    }
}

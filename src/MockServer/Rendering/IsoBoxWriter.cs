using System.Buffers.Binary;
using System.Text;

namespace AvatarIV.MockServer.Rendering;

/// <summary>Builds ISO base media (MP4) boxes: big-endian fields, with each box's size filled in when it closes.</summary>
internal sealed class IsoBoxWriter
{
    private readonly MemoryStream _output = new();
    private readonly Stack<long> _openBoxes = new();

    public long Position => _output.Position;

    public void Open(string type)
    {
        _openBoxes.Push(_output.Position);
        UInt32(0);
        Tag(type);
    }

    /// <summary>Opens a "full box": a box with a version byte and 24 bits of flags.</summary>
    public void OpenFull(string type, int version = 0, int flags = 0)
    {
        Open(type);
        UInt32((uint)(version << 24 | flags));
    }

    public void Close()
    {
        var start = _openBoxes.Pop();
        var end = _output.Position;
        _output.Position = start;
        UInt32((uint)(end - start));
        _output.Position = end;
    }

    public void UInt32(uint value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        _output.Write(bytes);
    }

    public void UInt16(int value)
    {
        Span<byte> bytes = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(bytes, (ushort)value);
        _output.Write(bytes);
    }

    public void Tag(string fourCc) => _output.Write(Encoding.ASCII.GetBytes(fourCc));

    public void Zeros(int count) => _output.Write(new byte[count]);

    public void Bytes(ReadOnlySpan<byte> bytes) => _output.Write(bytes);

    /// <summary>The identity transformation matrix every track and movie header carries.</summary>
    public void UnityMatrix()
    {
        foreach (var value in new uint[] { 0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000 }) UInt32(value);
    }

    public byte[] ToArray() => _output.ToArray();
}

namespace AvatarIV.Core.Media;

/// <summary>
/// Random-access reads from a seekable stream through one cached block, so walking thousands of
/// MP3 frame headers costs a few large reads instead of one seek per frame and never loads the whole file.
/// </summary>
internal sealed class SeekableReader(Stream stream)
{
    private const int BlockSize = 64 * 1024;
    private readonly byte[] _block = new byte[BlockSize];
    private long _blockStart = -1;
    private int _blockLength;

    public long Length { get; } = stream.Length;

    /// <summary>Copies up to <paramref name="count"/> bytes at <paramref name="position"/> into <paramref name="target"/>; returns how many there were.</summary>
    public int Read(long position, byte[] target, int count)
    {
        if (position < 0 || position >= Length) return 0;
        if (count > BlockSize) throw new ArgumentOutOfRangeException(nameof(count), "Reads are limited to one block.");
        if (position < _blockStart || position + count > _blockStart + _blockLength) Load(position);
        var available = (int)Math.Min(count, _blockStart + _blockLength - position);
        Buffer.BlockCopy(_block, (int)(position - _blockStart), target, 0, available);
        return available;
    }

    private void Load(long position)
    {
        stream.Seek(position, SeekOrigin.Begin);
        _blockStart = position;
        _blockLength = 0;
        int read;
        while (_blockLength < BlockSize && (read = stream.Read(_block, _blockLength, BlockSize - _blockLength)) > 0) _blockLength += read;
    }
}

using System.Buffers;
using System.Runtime.InteropServices;

namespace AvatarIV.Core.Http;

/// <summary>
/// A read-only view of another stream, from its current position, that reports bytes read.
/// Seekable when the inner stream is (so HTTP can send a Content-Length); never disposes the inner stream.
/// </summary>
internal sealed class ProgressStream : Stream
{
    /// <summary>
    /// The chunk HTTP sends the body in. Stream.CopyToAsync would use 80 KiB; a larger chunk means fewer file reads,
    /// socket writes and progress reports per megabyte (a 200 MiB upload: 800 of each instead of 2,560).
    /// </summary>
    public const int CopyBufferSize = 256 * 1024;

    private readonly Stream _inner;
    private readonly IProgress<TransferProgress>? _progress;
    private readonly long _start;
    private readonly long? _total;
    private long _read;

    public ProgressStream(Stream inner, IProgress<TransferProgress>? progress)
    {
        _inner = inner;
        _progress = progress;
        _start = inner.CanSeek ? inner.Position : 0;
        _total = inner.CanSeek ? inner.Length - _start : null;
    }

    public override bool CanRead => true;

    public override bool CanSeek => _inner.CanSeek;

    public override bool CanWrite => false;

    public override long Length => _total ?? throw new NotSupportedException("The length of this upload is unknown.");

    public override long Position
    {
        get => _read;
        set => Seek(value, SeekOrigin.Begin);
    }

    public override int Read(byte[] buffer, int offset, int count) => Report(_inner.Read(buffer, offset, count));

    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Report(await _inner.ReadAsync(buffer, offset, count, cancellationToken).ConfigureAwait(false));

    /// <summary>How HttpClient's StreamContent sends the body: in <see cref="CopyBufferSize"/> chunks from a pooled buffer.</summary>
    public override async Task CopyToAsync(Stream destination, int bufferSize, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(bufferSize, CopyBufferSize));
        try
        {
            int read;
            while ((read = await ReadChunkAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                await destination.WriteAsync(buffer, 0, read, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        if (!_inner.CanSeek)
        {
            throw new NotSupportedException("This upload stream cannot be rewound.");
        }

        var target = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _read + offset,
            _ => _total!.Value + offset,
        };
        _inner.Position = _start + target;
        _read = target;
        return _read;
    }

    public override void SetLength(long value) => throw new NotSupportedException("Upload streams are read-only.");

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("Upload streams are read-only.");

    /// <summary>
    /// Off Windows a file is read in place: there FileStream.ReadAsync is this same read moved to a pool thread, and on
    /// a busy machine waiting for that thread, once per chunk, costs more than the read from the page cache.
    /// </summary>
    private Task<int> ReadChunkAsync(byte[] buffer, CancellationToken cancellationToken) =>
        _inner is FileStream && !RuntimeInformation.IsOSPlatform(OSPlatform.Windows)
            ? Task.FromResult(Read(buffer, 0, buffer.Length))
            : ReadAsync(buffer, 0, buffer.Length, cancellationToken);

    private int Report(int read)
    {
        if (read > 0)
        {
            _read += read;
            _progress?.Report(new TransferProgress(_read, _total));
        }

        return read;
    }
}

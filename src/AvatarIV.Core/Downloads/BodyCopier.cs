using System.Buffers;

namespace AvatarIV.Core.Downloads;

/// <summary>
/// Copies a response body into a file with two pooled buffers, so the next buffer is read from the network while the
/// previous one is being written: the transfer runs at the slower of the two, not their sum. Whole buffers are copied
/// (one file write and one progress report per 256 KiB, not per network read); memory stays the same for any file size.
/// </summary>
internal static class BodyCopier
{
    public const int DefaultBufferSize = 256 * 1024;

    /// <summary>
    /// Streams the body into <paramref name="file"/> (positioned at <paramref name="offset"/>) and checks the length against the
    /// announced total; a body that breaks off or comes up short fails with <paramref name="interrupted"/> (disk errors pass through).
    /// Progress counts bytes on disk, so whatever a report shows is in the file even if the copy stops right after it.
    /// </summary>
    public static async Task<long> CopyAsync(
        HttpResponseMessage response,
        Stream file,
        long offset,
        long? total,
        IProgress<TransferProgress>? progress,
        Func<string, Exception> interrupted,
        CancellationToken token,
        int bufferSize = DefaultBufferSize)
    {
        using var body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
        byte[][] buffers = [ArrayPool<byte>.Shared.Rent(bufferSize), ArrayPool<byte>.Shared.Rent(bufferSize)];
        Task writing = Task.CompletedTask;
        try
        {
            var written = offset;
            var pending = 0;
            if (offset > 0)
            {
                progress?.Report(new TransferProgress(offset, total));
            }

            for (var current = 0; ; current ^= 1)
            {
                var filled = await FillAsync(body, buffers[current], bufferSize, interrupted, token).ConfigureAwait(false);
                await writing.ConfigureAwait(false);
                if (pending > 0)
                {
                    written += pending;
                    progress?.Report(new TransferProgress(written, total));
                }

                if (filled == 0)
                {
                    break;
                }

                writing = file.WriteAsync(buffers[current], 0, filled, token);
                pending = filled;
            }

            if (total is { } expected && written != expected)
            {
                throw interrupted($"the body ended after {written} of {expected} bytes");
            }

            return written;
        }
        finally
        {
            // A buffer goes back to the pool only once no write still reads it.
            await Settled(writing).ConfigureAwait(false);
            ArrayPool<byte>.Shared.Return(buffers[0]);
            ArrayPool<byte>.Shared.Return(buffers[1]);
        }
    }

    /// <summary>Reads until the buffer is full or the body ends; 0 = the body has ended.</summary>
    private static async Task<int> FillAsync(Stream body, byte[] buffer, int size, Func<string, Exception> interrupted, CancellationToken token)
    {
        var filled = 0;
        try
        {
            int read;
            while (filled < size && (read = await body.ReadAsync(buffer, filled, size - filled, token).ConfigureAwait(false)) > 0)
            {
                filled += read;
            }
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException && !token.IsCancellationRequested)
        {
            throw interrupted(ex.Message);
        }

        return filled;
    }

    private static async Task Settled(Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch
        {
            // Already observed by the copy loop, or superseded by the exception that ended it.
        }
    }
}

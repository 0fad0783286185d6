namespace AvatarIV.Core.Downloads;

/// <summary>
/// Writes a file so the target either appears complete or not at all: a temporary file in the same directory,
/// renamed over the target at the end. On failure or cancellation the temporary file is deleted, unless it is
/// kept for resuming (then it has a fixed name, so the next download of the same video to the same target finds it).
/// </summary>
internal static class AtomicFile
{
    /// <summary>
    /// The hidden temporary name next to <paramref name="path"/>: unique per call, or, with a
    /// <paramref name="resumeKey"/> (the video id), the same on every call so a partial file can be continued.
    /// </summary>
    public static string TemporaryPath(string path, string? resumeKey)
    {
        var name = Path.GetFileName(path);
        var suffix = resumeKey is null ? Guid.NewGuid().ToString("N") : resumeKey;
        return Path.Combine(Path.GetDirectoryName(path)!, $".{name}.{suffix}.part");
    }

    /// <summary>How many bytes a kept partial file already holds (0 when there is none).</summary>
    public static long PartialLength(string temp) => File.Exists(temp) ? new FileInfo(temp).Length : 0;

    /// <summary>
    /// Writes <paramref name="temp"/> from byte <paramref name="offset"/> on (earlier bytes are kept, later ones cut), then renames
    /// it over <paramref name="path"/>. <paramref name="write"/> returns the file's whole length and throws when it is incomplete.
    /// </summary>
    public static async Task<long> WriteAsync(
        string path,
        string temp,
        long offset,
        bool overwrite,
        bool keepPartial,
        Func<Stream, CancellationToken, Task<long>> write,
        CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var complete = false;
        try
        {
            long bytes;
            using (var file = Open(temp, offset, keepPartial))
            {
                bytes = await write(file, cancellationToken).ConfigureAwait(false);
                await file.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            cancellationToken.ThrowIfCancellationRequested();
            complete = true;
            if (overwrite && File.Exists(path))
            {
                File.Replace(temp, path, destinationBackupFileName: null);
            }
            else
            {
                File.Move(temp, path);
            }

            return bytes;
        }
        catch
        {
            // A kept partial file that turns out too long is harmless: the server refuses its range (416) and the next download starts over.
            if (!keepPartial || complete)
            {
                TryDelete(temp);
            }

            throw;
        }
    }

    /// <summary>Refuses an existing target unless overwriting was asked for, before anything is fetched.</summary>
    public static void RequireWritable(string path, bool overwrite)
    {
        if (!overwrite && File.Exists(path))
        {
            throw new AvatarIVValidationException(
                ValidationCodes.FileExists, $"'{path}' already exists. Choose another path, or allow overwriting (DownloadOptions.Overwrite / -Force).", "path");
        }
    }

    private static FileStream Open(string temp, long offset, bool reusable)
    {
        // Whole 80 KiB+ writes from the copy buffer go straight to the file; SequentialScan tells the OS the file is written front to back.
        const int bufferSize = 81920;
        const FileOptions options = FileOptions.Asynchronous | FileOptions.SequentialScan;
        var mode = offset > 0 ? FileMode.Open : reusable ? FileMode.Create : FileMode.CreateNew;
        var file = new FileStream(temp, mode, FileAccess.Write, FileShare.None, bufferSize, options);
        if (offset > 0)
        {
            file.SetLength(offset);
            file.Seek(offset, SeekOrigin.Begin);
        }

        return file;
    }

    private static void TryDelete(string temp)
    {
        try
        {
            File.Delete(temp);
        }
        catch (IOException)
        {
            // Best effort: the temporary name is hidden, so a leftover never poses as the target.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

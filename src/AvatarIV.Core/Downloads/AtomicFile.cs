namespace AvatarIV.Core.Downloads;

/// <summary>
/// Writes a file so the target either appears complete or not at all: a temporary file in the same directory,
/// renamed over the target at the end, deleted on any failure or cancellation.
/// </summary>
internal static class AtomicFile
{
    public static async Task<long> WriteAsync(string path, bool overwrite, Func<Stream, CancellationToken, Task<long>> write, CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.part");
        try
        {
            long bytes;
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                bytes = await write(file, cancellationToken).ConfigureAwait(false);
                await file.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            cancellationToken.ThrowIfCancellationRequested();
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
            TryDelete(temp);
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

    private static void TryDelete(string temp)
    {
        try
        {
            File.Delete(temp);
        }
        catch (IOException)
        {
            // Best effort: the temporary name is hidden and unique, so a leftover never poses as the target.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

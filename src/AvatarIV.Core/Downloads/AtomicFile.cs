namespace AvatarIV.Core.Downloads;

/// <summary>
/// Writes files so each target either appears complete or not at all: the bytes go to a hidden part file next to the target,
/// which is renamed over the target only once every file of the download is complete (see <see cref="Commit"/>).
/// Part names are fixed per target and video, so a resumed download finds its part file and a later download cleans up
/// what a killed process left behind.
/// </summary>
internal static class AtomicFile
{
    private const string PartSuffix = ".part";

    /// <summary>The hidden part file for <paramref name="path"/> when downloading video <paramref name="videoId"/>: <c>.name.videoId.part</c>.</summary>
    public static string TemporaryPath(string path, string videoId) =>
        Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{SafeName(videoId)}{PartSuffix}");

    /// <summary>How many bytes a kept partial file already holds (0 when there is none).</summary>
    public static long PartialLength(string temp) => File.Exists(temp) ? new FileInfo(temp).Length : 0;

    /// <summary>Deletes part files of the same target left by earlier (killed or failed) downloads, except <paramref name="keep"/>.</summary>
    public static void RemoveStaleParts(string path, string? keep)
    {
        var directory = Path.GetDirectoryName(path)!;
        if (!Directory.Exists(directory))
        {
            return;
        }

        foreach (var part in Directory.EnumerateFiles(directory, $".{Path.GetFileName(path)}.*{PartSuffix}"))
        {
            if (!string.Equals(part, keep, StringComparison.Ordinal))
            {
                TryDelete(part);
            }
        }
    }

    /// <summary>
    /// Writes <paramref name="temp"/> from byte <paramref name="offset"/> on (earlier bytes are kept, later ones cut).
    /// <paramref name="write"/> returns the file's whole length and throws when it is incomplete; then the part file is deleted
    /// unless <paramref name="keepPartial"/> asks to keep it for resuming.
    /// </summary>
    public static async Task<DownloadedPart> WriteAsync(
        string path,
        string temp,
        long offset,
        bool keepPartial,
        Func<Stream, CancellationToken, Task<long>> write,
        CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            long bytes;
            using (var file = Open(temp, offset))
            {
                bytes = await write(file, cancellationToken).ConfigureAwait(false);
                await file.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            cancellationToken.ThrowIfCancellationRequested();
            return new DownloadedPart(temp, path, bytes);
        }
        catch
        {
            // A kept partial file that turns out too long is harmless: the server refuses its range (416) and the next download starts over.
            if (!keepPartial)
            {
                TryDelete(temp);
            }

            throw;
        }
    }

    /// <summary>
    /// Renames every part over its target, in order. If one rename fails, the targets this call created are removed again,
    /// so a video and its thumbnail appear together or not at all (a replaced file cannot be brought back).
    /// </summary>
    public static void Commit(IReadOnlyList<DownloadedPart> parts, bool overwrite)
    {
        var created = new List<string>();
        try
        {
            foreach (var part in parts)
            {
                if (overwrite && File.Exists(part.Target))
                {
                    File.Replace(part.Temp, part.Target, destinationBackupFileName: null);
                }
                else
                {
                    File.Move(part.Temp, part.Target);
                    created.Add(part.Target);
                }
            }
        }
        catch
        {
            created.ForEach(TryDelete);
            Discard(parts);
            throw;
        }
    }

    /// <summary>Deletes the part files of a download that will not be committed.</summary>
    public static void Discard(IEnumerable<DownloadedPart> parts)
    {
        foreach (var part in parts)
        {
            TryDelete(part.Temp);
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

    private static string SafeName(string videoId) =>
        new(videoId.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_').ToArray());

    private static FileStream Open(string temp, long offset)
    {
        // Unbuffered (1): the copier writes whole 256 KiB buffers, which a FileStream buffer would only copy once more.
        // SequentialScan tells the OS the file is written front to back.
        const int bufferSize = 1;
        const FileOptions options = FileOptions.Asynchronous | FileOptions.SequentialScan;

        // Starting over truncates whatever an earlier, killed download left under the same part name.
        var file = new FileStream(temp, offset > 0 ? FileMode.Open : FileMode.Create, FileAccess.Write, FileShare.None, bufferSize, options);
        if (offset > 0)
        {
            file.SetLength(offset);
            file.Seek(offset, SeekOrigin.Begin);
        }

        return file;
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (IOException)
        {
            // Best effort: part names are hidden, so a leftover never poses as the target, and the next download removes it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

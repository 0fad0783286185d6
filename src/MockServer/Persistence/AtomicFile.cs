namespace AvatarIV.MockServer.Persistence;

/// <summary>Writes a file so that readers (and a restart after kill -9) see either nothing or all of it: temp file, flush, rename.</summary>
internal static class AtomicFile
{
    public static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        var temp = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            file.Write(bytes);
            file.Flush(flushToDisk: true);
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Removes temp files a crash left half-written (never visible under their real names).</summary>
    public static void SweepTempFiles(string directory)
    {
        foreach (var temp in Directory.EnumerateFiles(directory, "*.tmp"))
        {
            File.Delete(temp);
        }
    }
}

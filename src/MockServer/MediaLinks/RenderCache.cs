using AvatarIV.MockServer.Hosting;

namespace AvatarIV.MockServer.MediaLinks;

/// <summary>
/// Rendered MP4s and thumbnails, made on first download and kept within a byte cap (<c>--render-cache-mb</c>): past it
/// the least recently used files go, and are rendered again if asked for (the job keeps what rendering needs).
/// </summary>
public sealed class RenderCache(long capBytes) : IMockResettable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Slot> _files = new(StringComparer.Ordinal);
    private long _bytes;
    private long _uses;

    public long CapBytes => capBytes;

    /// <summary>Bytes held now (finished renders only).</summary>
    public long Bytes
    {
        get
        {
            lock (_gate)
            {
                return _bytes;
            }
        }
    }

    public byte[] GetOrRender(string key, Func<byte[]> render)
    {
        Slot slot;
        lock (_gate)
        {
            if (!_files.TryGetValue(key, out slot!))
            {
                slot = new Slot(new Lazy<byte[]>(render, LazyThreadSafetyMode.ExecutionAndPublication));
                _files[key] = slot;
            }

            slot.LastUse = ++_uses;
        }

        var bytes = slot.File.Value;
        lock (_gate)
        {
            if (!slot.Counted && _files.TryGetValue(key, out var current) && ReferenceEquals(current, slot))
            {
                slot.Counted = true;
                _bytes += bytes.Length;
                TrimToCap();
            }
        }

        return bytes;
    }

    /// <summary>Drops a job's files (the job itself is gone).</summary>
    public void Forget(string jobId)
    {
        lock (_gate)
        {
            Remove("video/" + jobId);
            Remove("thumbnail/" + jobId);
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _files.Clear();
            _bytes = 0;
        }
    }

    private void TrimToCap()
    {
        while (_bytes > capBytes && _files.Where(f => f.Value.Counted).MinBy(f => f.Value.LastUse) is { Key: not null } oldest)
        {
            Remove(oldest.Key);
        }
    }

    private void Remove(string key)
    {
        if (_files.Remove(key, out var slot) && slot.Counted)
        {
            _bytes -= slot.File.Value.Length;
        }
    }

    private sealed class Slot(Lazy<byte[]> file)
    {
        public Lazy<byte[]> File { get; } = file;
        public long LastUse { get; set; }
        public bool Counted { get; set; }
    }
}

using AvatarIV.MockServer.Hosting;
using AvatarIV.MockServer.Persistence;

namespace AvatarIV.MockServer.MediaLinks;

/// <summary>
/// Rendered MP4s and thumbnails, made on first download. In memory they are kept within a byte cap
/// (<c>--render-cache-mb</c>): past it the least recently used files go, and are rendered again if asked for (the job
/// keeps what rendering needs). With a state directory they are files in its <c>media/</c> folder instead, read from
/// there on each download, so they cost no memory and outlive restarts.
/// </summary>
public sealed class RenderCache(long capBytes, MockState? state = null) : IMockResettable
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
        if (state?.Files is { } files)
        {
            return files.ReadMedia(key) ?? RenderToFile(key, render, files);
        }

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

    /// <summary>One render per key even when downloads race; the in-memory slot is dropped once the file is written.</summary>
    private byte[] RenderToFile(string key, Func<byte[]> render, StateFiles files)
    {
        Slot slot;
        lock (_gate)
        {
            if (!_files.TryGetValue(key, out slot!))
            {
                slot = new Slot(new Lazy<byte[]>(() =>
                {
                    var bytes = render();
                    files.WriteMedia(key, bytes);
                    return bytes;
                }, LazyThreadSafetyMode.ExecutionAndPublication));
                _files[key] = slot;
            }
        }

        var result = slot.File.Value;
        lock (_gate)
        {
            if (_files.TryGetValue(key, out var current) && ReferenceEquals(current, slot))
            {
                _files.Remove(key);
            }
        }

        return result;
    }

    /// <summary>Drops a job's files (the job itself is gone).</summary>
    public void Forget(string jobId)
    {
        lock (_gate)
        {
            Remove("video/" + jobId);
            Remove("thumbnail/" + jobId);
            Remove("captioned/" + jobId);
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

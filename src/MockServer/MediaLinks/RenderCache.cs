using System.Collections.Concurrent;
using AvatarIV.MockServer.Hosting;
using AvatarIV.MockServer.Persistence;

namespace AvatarIV.MockServer.MediaLinks;

/// <summary>
/// Rendered MP4s and thumbnails, made on first download and kept per job: in memory, or with a state directory as
/// files in its <c>media/</c> folder (read from there on each download, so they cost no memory and outlive restarts).
/// </summary>
public sealed class RenderCache(MockState? state = null) : IMockResettable
{
    private readonly ConcurrentDictionary<string, Lazy<byte[]>> _files = new(StringComparer.Ordinal);

    public byte[] GetOrRender(string key, Func<byte[]> render)
    {
        if (state?.Files is not { } files)
        {
            return _files.GetOrAdd(key, _ => new Lazy<byte[]>(render, LazyThreadSafetyMode.ExecutionAndPublication)).Value;
        }

        if (files.ReadMedia(key) is { } stored)
        {
            return stored;
        }

        // One render per key even when downloads race; the Lazy is dropped once the file is written.
        var rendering = _files.GetOrAdd(key, _ => new Lazy<byte[]>(() =>
        {
            var bytes = render();
            files.WriteMedia(key, bytes);
            return bytes;
        }, LazyThreadSafetyMode.ExecutionAndPublication));
        var result = rendering.Value;
        _files.TryRemove(new KeyValuePair<string, Lazy<byte[]>>(key, rendering));
        return result;
    }

    public void Reset() => _files.Clear();
}

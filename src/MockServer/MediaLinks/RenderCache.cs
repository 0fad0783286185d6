using System.Collections.Concurrent;
using AvatarIV.MockServer.Hosting;

namespace AvatarIV.MockServer.MediaLinks;

/// <summary>Rendered MP4s and thumbnails, made on first download and kept per job.</summary>
public sealed class RenderCache : IMockResettable
{
    private readonly ConcurrentDictionary<string, Lazy<byte[]>> _files = new(StringComparer.Ordinal);

    public byte[] GetOrRender(string key, Func<byte[]> render) =>
        _files.GetOrAdd(key, _ => new Lazy<byte[]>(render, LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    public void Reset() => _files.Clear();
}

using System.Runtime.CompilerServices;
using System.Security.Cryptography;

namespace AvatarIV.MockServer.Persistence;

/// <summary>
/// Files beside <c>mock.db</c>: <c>blobs/&lt;sha256&gt;</c> holds uploaded asset bytes and the photos/audio jobs were
/// made from (content-addressed, so a photo used by 10,000 jobs is one file); <c>media/</c> holds rendered MP4s and
/// thumbnails. Every file is written atomically; the database only names a blob after the blob is complete.
/// </summary>
internal sealed class StateFiles
{
    private readonly string _blobs;
    private readonly string _media;

    /// <summary>Hashes of byte arrays already stored, by instance (a photo reused by many jobs is hashed once).</summary>
    private readonly ConditionalWeakTable<byte[], string> _stored = [];

    public StateFiles(string directory)
    {
        _blobs = Directory.CreateDirectory(Path.Combine(directory, "blobs")).FullName;
        _media = Directory.CreateDirectory(Path.Combine(directory, "media")).FullName;
        AtomicFile.SweepTempFiles(_blobs);
        AtomicFile.SweepTempFiles(_media);
    }

    /// <summary>Stores bytes once by their hash and returns the hash.</summary>
    public string PutBlob(byte[] bytes)
    {
        if (_stored.TryGetValue(bytes, out var known))
        {
            return known;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var path = Path.Combine(_blobs, hash);
        if (!File.Exists(path))
        {
            AtomicFile.Write(path, bytes);
        }

        _stored.AddOrUpdate(bytes, hash);
        return hash;
    }

    public byte[] GetBlob(string hash)
    {
        var bytes = File.ReadAllBytes(Path.Combine(_blobs, hash));
        _stored.AddOrUpdate(bytes, hash);
        return bytes;
    }

    public byte[]? ReadMedia(string name)
    {
        var path = MediaPath(name);
        return File.Exists(path) ? File.ReadAllBytes(path) : null;
    }

    public void WriteMedia(string name, byte[] bytes) => AtomicFile.Write(MediaPath(name), bytes);

    public void Clear()
    {
        _stored.Clear();
        foreach (var folder in new[] { _blobs, _media })
        {
            foreach (var file in Directory.EnumerateFiles(folder))
            {
                File.Delete(file);
            }
        }
    }

    // Render cache keys look like "video/<id>"; ids are hex, so flattening the slash is enough to stay inside media/.
    private string MediaPath(string name) => Path.Combine(_media, name.Replace('/', '_').Replace('\\', '_').Replace("..", "_", StringComparison.Ordinal));
}

using AvatarIV.MockServer.Hosting;
using AvatarIV.MockServer.Domain.Media.Formats;
using AvatarIV.MockServer.Persistence;
using AvatarIV.MockServer.Domain.Retention;

namespace AvatarIV.MockServer.Domain.Assets;

/// <summary>Every uploaded asset, shared by all surfaces (an upload on one is usable on the others).</summary>
public sealed class AssetStore(IdGenerator ids, TimeProvider clock, MockState? state = null) : IMockResettable
{
    private readonly Lock _gate = new();
    private readonly List<Asset> _assets = (state ?? MockState.InMemory).LoadAssets();
    private int _count = -1; // _assets.Count as of the last change (-1: not yet known), so Count needs no lock

    public Asset Add(string ownerKeyId, MediaFormat kind, byte[] bytes)
    {
        var asset = new Asset(ids.NewId(), ownerKeyId, kind, bytes, clock.GetUtcNow());
        // Stored (bytes, then the row) before the upload is answered.
        state?.SaveAsset(asset);
        lock (_gate)
        {
            _assets.Add(asset);
            Volatile.Write(ref _count, _assets.Count);
        }

        return asset;
    }

    /// <summary>Any owner's asset (media URLs are presigned, so they need no key).</summary>
    public Asset? Find(string id)
    {
        lock (_gate)
        {
            return _assets.Find(a => a.Id == id);
        }
    }

    /// <summary>The caller's asset, or null when it does not exist or belongs to another key.</summary>
    public Asset? FindOwned(string ownerKeyId, string id) => Find(id) is { } asset && asset.OwnerKeyId == ownerKeyId ? asset : null;

    /// <summary>Resolves an <c>image_key</c> (<c>image/&lt;id&gt;/original.ext</c>) or a bare asset id.</summary>
    public Asset? FindByImageKey(string ownerKeyId, string imageKey)
    {
        var parts = imageKey.Split('/');
        var id = parts.Length == 3 && parts[0] == "image" ? parts[1] : imageKey;
        return FindOwned(ownerKeyId, id);
    }

    public IReadOnlyList<Asset> OwnedBy(string ownerKeyId)
    {
        lock (_gate)
        {
            return _assets.Where(a => a.OwnerKeyId == ownerKeyId).ToList();
        }
    }

    public IReadOnlyList<Asset> All()
    {
        lock (_gate)
        {
            return [.. _assets];
        }
    }

    /// <summary>How many assets are kept (retention sweeps when it changes).</summary>
    /// <remarks>Every request's retention check asks: kept up to date under the lock, read without it.</remarks>
    public int Count
    {
        get
        {
            var count = Volatile.Read(ref _count);
            if (count >= 0)
            {
                return count;
            }

            lock (_gate)
            {
                Volatile.Write(ref _count, _assets.Count);
                return _assets.Count;
            }
        }
    }

    /// <summary>Retention: every asset as the rules see it (at rest since its upload).</summary>
    public IReadOnlyList<RetentionCandidate> RetentionCandidates()
    {
        lock (_gate)
        {
            return _assets.Select(a => new RetentionCandidate(a.Id, a.OwnerKeyId, a.CreatedAt, Evictable: true)).ToList();
        }
    }

    /// <summary>Retention: forgets these assets; their ids then read as not found.</summary>
    public int Forget(IReadOnlySet<string> ids)
    {
        lock (_gate)
        {
            foreach (var id in _assets.Where(a => ids.Contains(a.Id)).Select(a => a.Id))
            {
                state?.DeleteAsset(id);
            }

            var removed = _assets.RemoveAll(a => ids.Contains(a.Id));
            Volatile.Write(ref _count, _assets.Count);
            return removed;
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _assets.Clear();
            Volatile.Write(ref _count, 0);
        }
    }
}

using AvatarIV.MockServer.Domain.Errors;
using AvatarIV.MockServer.Hosting;
using AvatarIV.MockServer.Persistence;

namespace AvatarIV.MockServer.Domain.Folders;

/// <summary>
/// Every key's folders (docs/mock-server.md, "Folders"): those made through the API or the admin route (stored with
/// <c>--state-dir</c>, cleared by reset) plus the <c>--folder</c> ones every key has. Videos name them by <c>folder_id</c>.
/// </summary>
public sealed class FolderStore : IMockResettable
{
    private const string DocumentName = "folders";

    private readonly Lock _gate = new();
    private readonly List<Folder> _folders = [];
    private readonly IReadOnlyList<Folder> _seeded;
    private readonly MockState _state;
    private readonly TimeProvider _clock;
    private readonly IdGenerator _ids;

    public FolderStore(MockServerOptions options, TimeProvider clock, IdGenerator ids, MockState? state = null)
    {
        _state = state ?? MockState.InMemory;
        _clock = clock;
        _ids = ids;
        _seeded = [.. options.Folders.Distinct(StringComparer.Ordinal).Select(id => new Folder(id, id, null, null, DateTimeOffset.UnixEpoch))];
        if (_state.LoadDocument<List<Folder>>(DocumentName) is { } stored)
        {
            _folders.AddRange(stored);
        }
    }

    /// <summary>The key's folders, seeded first, then in the order they were made.</summary>
    public IReadOnlyList<Folder> ListFor(string ownerKeyId)
    {
        lock (_gate)
        {
            return [.. _seeded, .. _folders.Where(f => f.OwnerKeyId == ownerKeyId)];
        }
    }

    public Folder? Find(string ownerKeyId, string folderId) => ListFor(ownerKeyId).FirstOrDefault(f => f.Id == folderId);

    /// <summary>The folder, or HeyGen's 404 <c>resource_not_found</c> naming <paramref name="param"/>.</summary>
    public Folder Require(string ownerKeyId, string folderId, string param = "folder_id") =>
        Find(ownerKeyId, folderId)
            ?? throw ErrorCatalog.ResourceNotFound.With($"Folder '{folderId}' not found for this API key. GET /v1/folders lists your folders; POST /v1/folders/create makes one.", param);

    /// <summary>Makes a folder; <paramref name="id"/> null = a fresh id. A parent must be one of the key's folders.</summary>
    public Folder Create(string ownerKeyId, string name, string? parentId, string? id = null)
    {
        if (parentId is not null)
        {
            Require(ownerKeyId, parentId, "parent_id");
        }

        lock (_gate)
        {
            if (id is not null && (_seeded.Any(f => f.Id == id) || _folders.Any(f => f.Id == id && f.OwnerKeyId == ownerKeyId)))
            {
                throw ErrorCatalog.Conflict.With($"This key already has a folder '{id}'. Pick another id, or leave id out.", "id");
            }

            var folder = new Folder(id ?? _ids.NewId(), name, ownerKeyId, parentId, _clock.GetUtcNow());
            _folders.Add(folder);
            _state.SaveDocument(DocumentName, _folders);
            return folder;
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _folders.Clear();
        }
    }
}

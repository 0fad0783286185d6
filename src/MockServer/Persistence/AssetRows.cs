using AvatarIV.MockServer.Domain.Assets;
using AvatarIV.MockServer.Domain.Media.Formats;

namespace AvatarIV.MockServer.Persistence;

/// <summary>Assets in <c>mock.db</c>; their bytes live in <c>blobs/</c>, written before the row that names them.</summary>
internal static class AssetRows
{
    public static void SaveAsset(this MockState state, Asset asset)
    {
        if (state.Files is not { } files)
        {
            return;
        }

        var blob = files.PutBlob(asset.Bytes);
        state.Write(new(
            "INSERT OR REPLACE INTO assets(id, owner_key_id, kind, blob, created_at) VALUES($id, $owner, $kind, $blob, $created)",
            ("$id", asset.Id), ("$owner", asset.OwnerKeyId), ("$kind", asset.Kind.ToString()), ("$blob", blob), ("$created", StateText.Time(asset.CreatedAt))));
    }

    /// <summary>Retention forgot the asset: its row goes too (its blob may be shared, so it stays until reset).</summary>
    public static void DeleteAsset(this MockState state, string id) =>
        state.Write(new("DELETE FROM assets WHERE id = $id", ("$id", id)));

    public static List<Asset> LoadAssets(this MockState state) =>
        state.Query("SELECT id, owner_key_id, kind, blob, created_at FROM assets ORDER BY rowid", r => new Asset(
            r.GetString(0), r.GetString(1), Enum.Parse<MediaFormat>(r.GetString(2)), state.Files!.GetBlob(r.GetString(3)), StateText.Time(r.GetString(4))));
}

using AvatarIV.MockServer.Domain.Folders;

namespace AvatarIV.MockServer.Surfaces.Http;

/// <summary>The <c>folder_id</c> list filter: null when absent; an unknown folder is HeyGen's 404, not an empty list.</summary>
public static class FolderFilter
{
    public static string? Read(HttpContext ctx, FolderStore folders)
    {
        var folderId = ctx.Request.Query["folder_id"].ToString().Trim();
        return folderId.Length == 0 ? null : folders.Require(ctx.CallerKeyId(), folderId).Id;
    }
}

using AvatarIV.MockServer.Domain.Folders;
using AvatarIV.MockServer.Surfaces.Envelopes;
using AvatarIV.MockServer.Surfaces.Http;

namespace AvatarIV.MockServer.Surfaces.Legacy;

/// <summary>
/// HeyGen's v1 folder routes (its public API reference lists them; shapes are our reading, docs/decisions.md "Folders"):
/// list the key's folders and make one. A folder's id is what <c>folder_id</c> takes on create and on list filters.
/// </summary>
public static class LegacyFoldersApi
{
    public static RouteGroupBuilder MapLegacyFoldersApi(this RouteGroupBuilder root)
    {
        root.MapGet("/v1/folders", List).WithTags("legacy").WithSummary("The key's folders (--folder ones first; limit 1-100, token).");
        root.MapPost("/v1/folders/create", CreateAsync).WithTags("legacy").WithSummary("Make a folder {name, parent_id?}; its id is usable as folder_id.");
        return root;
    }

    private static IResult List(HttpContext ctx, FolderStore folders)
    {
        var page = Paging.Slice(folders.ListFor(ctx.CallerKeyId()), ctx.Request, defaultLimit: 100, minLimit: 0, maxLimit: 100);
        return V1Envelope.Ok(new { folders = page.Items.Select(FolderView.Of).ToList(), token = page.NextToken });
    }

    private static async Task<IResult> CreateAsync(HttpContext ctx, FolderStore folders)
    {
        var body = new JsonFields(await JsonBody.ReadObjectAsync(ctx.Request));
        var name = body.RequiredString("name", "Marketing");
        body.String("project_type", 100);
        var folder = folders.Create(ctx.CallerKeyId(), name.Length <= 200 ? name : throw body.Invalid("name", "name is longer than 200 characters."), body.NonEmptyString("parent_id"));
        return V1Envelope.Ok(FolderView.Of(folder));
    }
}

/// <summary>A folder as the v1 routes and the admin route answer it.</summary>
public sealed record FolderView(string Id, string Name, string? ParentId, long CreatedTs, string ProjectType)
{
    public static FolderView Of(Folder folder) => new(folder.Id, folder.Name, folder.ParentId, folder.CreatedAt.ToUnixTimeSeconds(), "video");
}

using AvatarIV.MockServer.Auth;
using AvatarIV.MockServer.Domain.Folders;
using AvatarIV.MockServer.Domain.Ledgers;
using AvatarIV.MockServer.Domain.Videos;
using AvatarIV.MockServer.Surfaces.Http;
using AvatarIV.MockServer.Surfaces.Legacy;

namespace AvatarIV.MockServer.Admin;

/// <summary>
/// Admin controls of a key's account beyond its ledger: its highest v3 resolution (<c>PUT /_mock/accounts</c>) and
/// its folders (<c>POST /_mock/folders</c>, e.g. with a fixed id a test or an n8n workflow already uses).
/// </summary>
public static class AccountAdminApi
{
    public static IEndpointRouteBuilder MapAccountAdminApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/_mock").WithTags("admin");
        admin.MapPut("/accounts", SetAccountAsync).WithSummary("Set a key's highest v3 resolution: {api_key, max_resolution: 720p|1080p|4k}.");
        admin.MapPost("/folders", CreateFolderAsync).WithSummary("Make a folder for a key: {api_key, name, id?, parent_id?}.");
        return app;
    }

    private static async Task<IResult> SetAccountAsync(HttpContext ctx, AccountSettings accounts)
    {
        var body = new JsonFields(await JsonBody.ReadObjectAsync(ctx.Request));
        var keyId = ApiKeyId.From(body.RequiredString("api_key", "test-key"));
        var resolution = body.OneOf("max_resolution", VideoGeometry.Resolutions)
            ?? throw body.Invalid("max_resolution", "max_resolution is required: 720p, 1080p or 4k.");
        accounts.SetMaxResolution(keyId, resolution);
        return TypedResults.Ok(new { key_id = keyId, max_resolution = accounts.MaxResolutionOf(keyId) });
    }

    private static async Task<IResult> CreateFolderAsync(HttpContext ctx, FolderStore folders)
    {
        var body = new JsonFields(await JsonBody.ReadObjectAsync(ctx.Request));
        var keyId = ApiKeyId.From(body.RequiredString("api_key", "test-key"));
        var name = body.RequiredString("name", "Marketing");
        var folder = folders.Create(keyId, name, body.NonEmptyString("parent_id"), body.NonEmptyString("id"));
        return TypedResults.Ok(FolderView.Of(folder));
    }
}

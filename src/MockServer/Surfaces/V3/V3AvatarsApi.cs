using AvatarIV.MockServer.Domain.Avatars;
using AvatarIV.MockServer.Domain.Errors;
using AvatarIV.MockServer.Domain.Media;
using AvatarIV.MockServer.Surfaces.Envelopes;
using AvatarIV.MockServer.Surfaces.Http;

namespace AvatarIV.MockServer.Surfaces.V3;

/// <summary>
/// The seeded avatar catalogue (docs/mock-server.md, "Avatar looks"): groups (<c>GET /v3/avatars</c>) and their looks
/// (<c>GET /v3/avatars/looks</c>), each look id usable as <c>avatar_id</c> in <c>POST /v3/videos</c>.
/// </summary>
public static class V3AvatarsApi
{
    private static readonly string[] Ownerships = ["public", "private"];

    public static RouteGroupBuilder MapV3AvatarsApi(this RouteGroupBuilder v3)
    {
        var avatars = v3.MapGroup("/avatars");
        avatars.MapGet("/looks", Looks).WithSummary("Avatar looks (group_id, avatar_type, ownership filters; limit 1-50, default 20; token).");
        avatars.MapGet("/looks/{lookId}", Look).WithSummary("One look; its id is the avatar_id of a type avatar video.");
        avatars.MapGet("/", Groups).WithSummary("Avatar groups (ownership filter; limit 1-50, default 20; token).");
        avatars.MapGet("/{groupId}", Group).WithSummary("One avatar group.");
        return v3;
    }

    private static IResult Looks(HttpContext ctx, MediaUrlSigner signer)
    {
        var query = ctx.Request.Query;
        var groupId = query["group_id"].ToString();
        var avatarType = Choice(query["avatar_type"].ToString(), "avatar_type", AvatarLook.Types);
        var ownership = Choice(query["ownership"].ToString(), "ownership", Ownerships);
        var looks = LookCatalogue.Looks
            .Where(l => groupId.Length == 0 || l.GroupId == groupId)
            .Where(l => avatarType is null || l.AvatarType == avatarType)
            .Where(l => ownership is null || l.Ownership == ownership)
            .ToList();
        var page = Paging.Slice(looks, ctx.Request, defaultLimit: 20, minLimit: 1, maxLimit: 50);
        return V3Envelope.Page(page.Items.Select(l => V3LookView.Of(l, signer, ctx.BaseUrl())).ToList(), page.HasMore, page.NextToken);
    }

    private static IResult Look(string lookId, HttpContext ctx, MediaUrlSigner signer) =>
        V3Envelope.Ok(V3LookView.Of(AvatarVideoRules.LookOf(lookId), signer, ctx.BaseUrl()));

    private static IResult Groups(HttpContext ctx, MediaUrlSigner signer)
    {
        var ownership = Choice(ctx.Request.Query["ownership"].ToString(), "ownership", Ownerships);
        var groups = LookCatalogue.Groups.Where(g => ownership is null || g.Ownership == ownership).ToList();
        var page = Paging.Slice(groups, ctx.Request, defaultLimit: 20, minLimit: 1, maxLimit: 50);
        return V3Envelope.Page(page.Items.Select(g => V3AvatarGroupView.Of(g, signer, ctx.BaseUrl())).ToList(), page.HasMore, page.NextToken);
    }

    private static IResult Group(string groupId, HttpContext ctx, MediaUrlSigner signer) =>
        LookCatalogue.FindGroup(groupId) is { } group
            ? V3Envelope.Ok(V3AvatarGroupView.Of(group, signer, ctx.BaseUrl()))
            : throw ErrorCatalog.AvatarNotFound.With($"Avatar group '{groupId}' not found. GET /v3/avatars lists the groups.", "group_id");

    private static string? Choice(string value, string param, IReadOnlyCollection<string> allowed) =>
        value.Length == 0
            ? null
            : allowed.FirstOrDefault(a => a == value) ?? throw ErrorCatalog.InvalidParameter.With($"{param} '{value}' is not valid: use one of {string.Join(", ", allowed)}.", param);
}

using System.Globalization;
using AvatarIV.Core.Http;
using RestSharp;

namespace AvatarIV.Core.Surfaces;

/// <summary>v3 avatar looks and avatars (groups): <c>/v3/avatars/looks</c>, <c>/v3/avatars/looks/{id}</c>, <c>/v3/avatars</c>.</summary>
internal sealed class V3Looks
{
    /// <summary>HeyGen's most looks per page.</summary>
    public const int MaxPageSize = 50;

    private readonly V3Api _api;

    public V3Looks(V3Api api) => _api = api;

    public async Task<AvatarLookPage> GetPageAsync(AvatarLookQuery query, CancellationToken cancellationToken)
    {
        var (items, next) = await _api.ReadPageAsync<V3Look>("v3/avatars/looks", query.PageToken, r => Filters(r, query), cancellationToken).ConfigureAwait(false);
        return new AvatarLookPage(items.Select(ToLook).ToList(), next);
    }

    public IAsyncEnumerable<AvatarLook> ListAsync(AvatarLookQuery query, CancellationToken cancellationToken) =>
        Pages.ReadAllAsync<AvatarLook>(
            async (token, ct) =>
            {
                var page = await GetPageAsync(Copy(query, token ?? query.PageToken), ct).ConfigureAwait(false);
                return (page.Looks, page.NextToken);
            },
            cancellationToken);

    public async Task<AvatarLook> GetAsync(string lookId, CancellationToken cancellationToken)
    {
        var call = _api.Read("v3/avatars/looks/" + Uri.EscapeDataString(lookId));
        var answer = await _api.Transport.SendAsync<V3Envelope<V3Look>>(call, cancellationToken).ConfigureAwait(false);
        return ToLook(WireReader.Require(answer.Body?.Data, _api.Transport.Errors, call, answer, "data"));
    }

    public IAsyncEnumerable<AvatarGroup> ListGroupsAsync(string? ownership, CancellationToken cancellationToken) =>
        Pages.ReadAllAsync<AvatarGroup>(
            async (token, ct) =>
            {
                var (items, next) = await _api.ReadPageAsync<V3Group>("v3/avatars", token, r =>
                {
                    r.AddQueryParameter("limit", MaxPageSize.ToString(CultureInfo.InvariantCulture));
                    r.AddQueryIfSet("ownership", ownership);
                }, ct).ConfigureAwait(false);
                return (items.Select(ToGroup).ToList(), next);
            },
            cancellationToken);

    private static void Filters(RestRequest request, AvatarLookQuery query)
    {
        request.AddQueryParameter("limit", Math.Max(1, Math.Min(MaxPageSize, query.PageSize)).ToString(CultureInfo.InvariantCulture));
        request.AddQueryIfSet("group_id", query.GroupId);
        request.AddQueryIfSet("avatar_type", query.AvatarType);
        request.AddQueryIfSet("ownership", query.Ownership);
    }

    private static AvatarLookQuery Copy(AvatarLookQuery query, string? token) => new()
    {
        GroupId = query.GroupId,
        AvatarType = query.AvatarType,
        Ownership = query.Ownership,
        PageSize = query.PageSize,
        PageToken = token,
    };

    private static AvatarLook ToLook(V3Look look) => new()
    {
        LookId = look.Id ?? "",
        Name = look.Name ?? "",
        AvatarType = look.AvatarType ?? "",
        GroupId = look.GroupId,
        DefaultVoiceId = look.DefaultVoiceId,
        Gender = look.Gender,
        PreferredOrientation = look.PreferredOrientation,
        ImageWidth = look.ImageWidth,
        ImageHeight = look.ImageHeight,
        PreviewImageUrl = look.PreviewImageUrl,
        PreviewVideoUrl = look.PreviewVideoUrl,
        Status = look.Status,
        SupportedEngines = look.SupportedApiEngines ?? [],
        Tags = look.Tags ?? [],
    };

    private static AvatarGroup ToGroup(V3Group group) => new()
    {
        GroupId = group.Id ?? "",
        Name = group.Name ?? "",
        LooksCount = group.LooksCount ?? 0,
        DefaultVoiceId = group.DefaultVoiceId,
        Gender = group.Gender,
        PreviewImageUrl = group.PreviewImageUrl,
        Status = group.Status,
        CreatedAt = group.CreatedAt,
    };
}

using AvatarIV.Core.Surfaces;

namespace AvatarIV.Core;

/// <summary>Avatar looks and avatars (groups), v3 only: what <see cref="CreateVideoRequest.AvatarId"/> takes.</summary>
public sealed partial class AvatarIVClient
{
    /// <summary>One page of avatar looks (<see cref="AvatarLookQuery.PageSize"/>, <see cref="AvatarLookQuery.PageToken"/>).</summary>
    public Task<AvatarLookPage> GetAvatarLooksAsync(AvatarLookQuery? query = null, CancellationToken cancellationToken = default) =>
        Looks("Avatar looks").GetPageAsync(query ?? new AvatarLookQuery(), cancellationToken);

    /// <summary>Every avatar look the filters match, page after page.</summary>
    public IAsyncEnumerable<AvatarLook> ListAvatarLooksAsync(AvatarLookQuery? query = null, CancellationToken cancellationToken = default) =>
        Looks("Avatar looks").ListAsync(query ?? new AvatarLookQuery(), cancellationToken);

    /// <summary>One look by id; an unknown id is an <see cref="AvatarIVApiException"/> with status 404.</summary>
    public Task<AvatarLook> GetAvatarLookAsync(string lookId, CancellationToken cancellationToken = default) =>
        Looks("Avatar looks").GetAsync(
            string.IsNullOrWhiteSpace(lookId)
                ? throw new AvatarIVValidationException(ValidationCodes.InvalidValue, "A look id is required (an AvatarLook's LookId).", nameof(lookId))
                : lookId.Trim(),
            cancellationToken);

    /// <summary>Every avatar (group of looks); <paramref name="ownership"/> <c>public</c> or <c>private</c>, null = both.</summary>
    public IAsyncEnumerable<AvatarGroup> ListAvatarGroupsAsync(string? ownership = null, CancellationToken cancellationToken = default) =>
        Looks("Avatars").ListGroupsAsync(ownership, cancellationToken);

    private V3Looks Looks(string feature) =>
        Volatile.Read(ref _looks) ?? (_v3 is null ? throw NeedsV3(feature) : Once(ref _looks, new V3Looks(_v3)));

    private static AvatarIVValidationException NeedsV3(string feature) =>
        new(ValidationCodes.NeedsV3, $"{feature} exist only on HeyGen's v3 API; use the v3 surface (ApiSurface.V3 / Connect-AvatarIV -ApiVersion V3).");
}

namespace AvatarIV.Core;

/// <summary>
/// One avatar look (<c>GET /v3/avatars/looks</c>): an outfit or style of an avatar. Its <see cref="LookId"/> is what
/// <see cref="CreateVideoRequest.AvatarId"/> takes; without a voice the video speaks with <see cref="DefaultVoiceId"/>.
/// </summary>
public sealed record AvatarLook
{
    /// <summary>The look id (HeyGen's <c>id</c>); pass it as <see cref="CreateVideoRequest.AvatarId"/>.</summary>
    public string LookId { get; init; } = "";

    public string Name { get; init; } = "";

    /// <summary><c>studio_avatar</c>, <c>digital_twin</c> or <c>photo_avatar</c>.</summary>
    public string AvatarType { get; init; } = "";

    /// <summary>The avatar (group) the look belongs to.</summary>
    public string? GroupId { get; init; }

    public string? DefaultVoiceId { get; init; }

    public string? Gender { get; init; }

    /// <summary><c>portrait</c>, <c>landscape</c> or <c>square</c>.</summary>
    public string? PreferredOrientation { get; init; }

    public int? ImageWidth { get; init; }

    public int? ImageHeight { get; init; }

    public string? PreviewImageUrl { get; init; }

    public string? PreviewVideoUrl { get; init; }

    /// <summary>Training status of a private look (<c>processing</c>, <c>pending_consent</c>, <c>failed</c>, <c>completed</c>); null for public ones.</summary>
    public string? Status { get; init; }

    /// <summary>Engines a video of this look may ask for (<c>avatar_iv</c>, <c>avatar_v</c>, <c>avatar_iii</c>).</summary>
    public IReadOnlyList<string> SupportedEngines { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];
}

/// <summary>An avatar (<c>GET /v3/avatars</c>): a group of looks of one person or character.</summary>
public sealed record AvatarGroup
{
    public string GroupId { get; init; } = "";

    public string Name { get; init; } = "";

    public int LooksCount { get; init; }

    public string? DefaultVoiceId { get; init; }

    public string? Gender { get; init; }

    public string? PreviewImageUrl { get; init; }

    public string? Status { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }
}

/// <summary>Filters and paging for avatar looks; every filter is applied by the server.</summary>
public sealed class AvatarLookQuery
{
    /// <summary>Only looks of this avatar (group).</summary>
    public string? GroupId { get; set; }

    /// <summary><c>studio_avatar</c>, <c>digital_twin</c> or <c>photo_avatar</c>.</summary>
    public string? AvatarType { get; set; }

    /// <summary><c>public</c> (HeyGen's presets) or <c>private</c> (yours); null = both.</summary>
    public string? Ownership { get; set; }

    /// <summary>Looks per request (1–50; HeyGen's default 20).</summary>
    public int PageSize { get; set; } = 20;

    /// <summary>Where a page starts: the <see cref="AvatarLookPage.NextToken"/> of the page before; null = the first page.</summary>
    public string? PageToken { get; set; }
}

/// <summary>One page of looks; <see cref="NextToken"/> is null on the last page.</summary>
public sealed record AvatarLookPage(IReadOnlyList<AvatarLook> Looks, string? NextToken)
{
    public bool HasMore => !string.IsNullOrEmpty(NextToken);
}

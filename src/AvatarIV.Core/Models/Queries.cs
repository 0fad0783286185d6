namespace AvatarIV.Core;

/// <summary>Filters for listing videos (every page is fetched).</summary>
public sealed class VideoListQuery
{
    /// <summary>Videos per request (1–100).</summary>
    public int PageSize { get; set; } = 100;

    /// <summary>v3 only: title substring.</summary>
    public string? Title { get; set; }

    public string? FolderId { get; set; }
}

/// <summary>Filters for voices; <see cref="Name"/> is matched here, the rest by the server where it can.</summary>
public sealed class VoiceQuery
{
    /// <summary>Language name, e.g. <c>English</c>.</summary>
    public string? Language { get; set; }

    /// <summary><c>male</c> or <c>female</c> (any case).</summary>
    public string? Gender { get; set; }

    /// <summary>Substring of the voice name, any case.</summary>
    public string? Name { get; set; }

    /// <summary>v3: <c>public</c> or <c>private</c>.</summary>
    public string? Type { get; set; }
}

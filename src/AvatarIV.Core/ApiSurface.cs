namespace AvatarIV.Core;

/// <summary>Which of HeyGen's API surfaces a client talks to.</summary>
public enum ApiSurface
{
    /// <summary>HeyGen's current API (<c>/v3/...</c>). The default.</summary>
    V3,

    /// <summary>The v1/v2 API the original Avatar IV guide describes (<c>/v2/video/av4/generate</c>, <c>/v1/video_status.get</c>, ...).</summary>
    Legacy,
}

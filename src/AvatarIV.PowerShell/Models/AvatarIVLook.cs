namespace AvatarIV.PowerShell.Models;

/// <summary>An avatar look (Get-AvatarIVLook); AvatarId binds to New-AvatarIVVideo -AvatarId along the pipeline.</summary>
public sealed class AvatarIVLook
{
    /// <summary>The look id (HeyGen's <c>id</c>), which a <c>type:"avatar"</c> video takes as <c>avatar_id</c>.</summary>
    public string AvatarId { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>studio_avatar, digital_twin or photo_avatar.</summary>
    public string AvatarType { get; set; } = "";

    public string? GroupId { get; set; }

    /// <summary>The voice a video of this look speaks with when New-AvatarIVVideo gets no -VoiceId.</summary>
    public string? DefaultVoiceId { get; set; }

    public string? Gender { get; set; }

    public string? PreferredOrientation { get; set; }

    public int? ImageWidth { get; set; }

    public int? ImageHeight { get; set; }

    public string[] SupportedEngines { get; set; } = [];

    public string[] Tags { get; set; } = [];

    /// <summary>Training status of a private look; empty for HeyGen's public ones.</summary>
    public string? Status { get; set; }

    public string? PreviewImageUrl { get; set; }

    public string? PreviewVideoUrl { get; set; }
}

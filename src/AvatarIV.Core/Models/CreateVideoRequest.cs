namespace AvatarIV.Core;

/// <summary>
/// An Avatar IV video from one photo, or (v3) from an avatar look (<see cref="AvatarId"/>), and a script (with a voice) or an audio track.
/// </summary>
public sealed class CreateVideoRequest
{
    /// <summary>
    /// v3 only: an avatar look id (<see cref="AvatarLook.LookId"/>) instead of a photo, sent as <c>type:"avatar"</c>.
    /// With a script and no <see cref="VoiceId"/>, the look's default voice speaks.
    /// </summary>
    public string? AvatarId { get; set; }

    /// <summary>v3, with <see cref="AvatarId"/> only: <c>avatar_iv</c> (HeyGen's default), <c>avatar_v</c> or <c>avatar_iii</c>; see <see cref="AvatarLook.SupportedEngines"/>.</summary>
    public string? Engine { get; set; }

    /// <summary>Legacy photo reference (<see cref="UploadedAsset.ImageKey"/>); required on the legacy surface.</summary>
    public string? ImageKey { get; set; }

    /// <summary>v3 photo reference (<see cref="UploadedAsset.AssetId"/>).</summary>
    public string? ImageAssetId { get; set; }

    /// <summary>v3 photo by public URL.</summary>
    public string? ImageUrl { get; set; }

    public string? Script { get; set; }

    public string? VoiceId { get; set; }

    public string? AudioAssetId { get; set; }

    public string? AudioUrl { get; set; }

    public string? Title { get; set; }

    public string? MotionPrompt { get; set; }

    /// <summary>Legacy only: let HeyGen rewrite the motion prompt.</summary>
    public bool? EnhanceMotionPrompt { get; set; }

    public VideoOrientation? Orientation { get; set; }

    /// <summary>v3 aspect ratio (16:9, 9:16, 4:5, 5:4, 1:1, auto); wins over <see cref="Orientation"/> on v3.</summary>
    public string? AspectRatio { get; set; }

    public VideoFit? Fit { get; set; }

    /// <summary>v3 only: 720p, 1080p or 4k.</summary>
    public string? Resolution { get; set; }

    /// <summary>v3 only: low, medium or high.</summary>
    public string? Expressiveness { get; set; }

    /// <summary>v3 only: 0.5–1.5 (1 = normal).</summary>
    public double? VoiceSpeed { get; set; }

    /// <summary>
    /// Ask for captions: an SRT subtitle file (<see cref="Video.SubtitleUrl"/>); with <see cref="CaptionStyle"/> also a video with the
    /// captions burned in (<see cref="Video.CaptionedVideoUrl"/>). v3 sends <c>caption{file_format:"srt"}</c>, legacy <c>caption:true</c>.
    /// </summary>
    public bool Caption { get; set; }

    /// <summary>v3 burned-in caption style (HeyGen knows <c>default</c>); setting it implies <see cref="Caption"/>.</summary>
    public string? CaptionStyle { get; set; }

    /// <summary>The HeyGen folder the video is filed in.</summary>
    public string? FolderId { get; set; }

    public string? CallbackUrl { get; set; }

    public string? CallbackId { get; set; }

    /// <summary>v3 only. The client makes one when null, so that a create can be retried without a second video.</summary>
    public string? IdempotencyKey { get; set; }

    /// <summary>True when captions were asked for (<see cref="Caption"/> or a <see cref="CaptionStyle"/>).</summary>
    public bool WantsCaptions => Caption || !string.IsNullOrEmpty(CaptionStyle);

    /// <summary>True when the video's speech comes from an audio track rather than the script.</summary>
    public bool IsAudioDriven => !string.IsNullOrEmpty(AudioAssetId) || !string.IsNullOrEmpty(AudioUrl);
}

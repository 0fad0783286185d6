namespace AvatarIV.Core;

/// <summary>An Avatar IV video from one photo and a script (with a voice) or an audio track.</summary>
public sealed class CreateVideoRequest
{
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

    public string? CallbackUrl { get; set; }

    public string? CallbackId { get; set; }

    /// <summary>v3 only. The client makes one when null, so that a create can be retried without a second video.</summary>
    public string? IdempotencyKey { get; set; }

    /// <summary>True when the video's speech comes from an audio track rather than the script.</summary>
    public bool IsAudioDriven => !string.IsNullOrEmpty(AudioAssetId) || !string.IsNullOrEmpty(AudioUrl);
}

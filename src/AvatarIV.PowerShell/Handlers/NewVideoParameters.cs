namespace AvatarIV.PowerShell.Handlers;

/// <summary>New-AvatarIVVideo's parameters, plain (strings for the enum-like ones: the cmdlet validates the sets).</summary>
internal sealed class NewVideoParameters
{
    public string? ImageKey { get; set; }

    public string? AssetId { get; set; }

    /// <summary>v3: an avatar look instead of a photo.</summary>
    public string? AvatarId { get; set; }

    public string? Engine { get; set; }

    public string? Script { get; set; }

    public string? VoiceId { get; set; }

    /// <summary>A local WAV/MP3 file, uploaded before the video is created.</summary>
    public string? AudioPath { get; set; }

    public string? AudioUrl { get; set; }

    public string? AudioAssetId { get; set; }

    public string? MotionPrompt { get; set; }

    public bool? EnhanceMotionPrompt { get; set; }

    public string? Orientation { get; set; }

    public string? AspectRatio { get; set; }

    public string? Fit { get; set; }

    public string? Resolution { get; set; }

    public string? Title { get; set; }

    public bool Caption { get; set; }

    public string? CaptionStyle { get; set; }

    public string? FolderId { get; set; }

    public string? CallbackUrl { get; set; }

    public string? CallbackId { get; set; }

    public string? IdempotencyKey { get; set; }
}

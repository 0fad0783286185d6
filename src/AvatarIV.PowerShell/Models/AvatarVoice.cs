namespace AvatarIV.PowerShell.Models;

/// <summary>A voice (Get-AvatarIVVoice); VoiceId feeds New-AvatarIVVideo -VoiceId.</summary>
public sealed class AvatarVoice
{
    public string VoiceId { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Language { get; set; }

    public string? Gender { get; set; }

    public string? Type { get; set; }

    public bool SupportPause { get; set; }

    public string? PreviewAudioUrl { get; set; }
}

namespace AvatarIV.Core;

/// <summary>A voice that can speak a script.</summary>
public sealed record Voice
{
    public string VoiceId { get; init; } = "";

    public string Name { get; init; } = "";

    public string? Language { get; init; }

    public string? Gender { get; init; }

    public string? PreviewAudioUrl { get; init; }

    public bool SupportPause { get; init; }

    public string? Type { get; init; }
}

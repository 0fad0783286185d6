namespace AvatarIV.Core.Media;

/// <summary>A media format recognised by its bytes (never by its file name).</summary>
public enum MediaKind
{
    Unknown,
    Jpeg,
    Png,
    Wav,
    Mp3,
    Mp4,
    WebM,
}

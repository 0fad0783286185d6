namespace AvatarIV.MockServer.Domain.Jobs;

/// <summary>The photo, optional audio, length and frame size a completed job's MP4 is made from; the script and caption request for its subtitles.</summary>
public sealed record RenderInputs(byte[]? Photo, byte[]? Audio, double DurationSeconds, int Width, int Height, string? Script = null, Videos.CaptionRequest? Caption = null);

namespace AvatarIV.MockServer.Domain.Jobs;

/// <summary>The photo, optional audio, length and frame size a completed job's MP4 is made from.</summary>
public sealed record RenderInputs(byte[]? Photo, byte[]? Audio, double DurationSeconds, int Width, int Height);

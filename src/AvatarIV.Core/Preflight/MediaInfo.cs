using AvatarIV.Core.Media;

namespace AvatarIV.Core.Preflight;

/// <summary>What the photo check found.</summary>
public sealed record PhotoInfo(MediaKind Kind, int Width, int Height, long Bytes);

/// <summary>What the audio check found.</summary>
public sealed record AudioInfo(MediaKind Kind, double DurationSeconds, long Bytes);

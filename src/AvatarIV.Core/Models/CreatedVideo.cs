namespace AvatarIV.Core;

/// <summary>The answer to a create: the new video's id and first status.</summary>
public sealed record CreatedVideo(string VideoId, VideoStatus Status, ApiSurface Surface);

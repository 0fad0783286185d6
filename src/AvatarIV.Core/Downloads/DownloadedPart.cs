namespace AvatarIV.Core.Downloads;

/// <summary>A complete file in its part file, ready to be renamed over its target.</summary>
internal sealed record DownloadedPart(string Temp, string Target, long Bytes);

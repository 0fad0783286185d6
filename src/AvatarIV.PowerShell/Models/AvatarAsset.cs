namespace AvatarIV.PowerShell.Models;

/// <summary>An uploaded photo or audio file (Send-AvatarPhoto); ImageKey/AssetId bind to New-AvatarIVVideo.</summary>
public sealed class AvatarAsset
{
    public string AssetId { get; set; } = "";

    /// <summary>Legacy surface only: the key /v2/video/av4/generate needs.</summary>
    public string? ImageKey { get; set; }

    /// <summary>The local file that was uploaded.</summary>
    public string Path { get; set; } = "";

    public string Kind { get; set; } = "";

    public string MimeType { get; set; } = "";

    public long SizeBytes { get; set; }

    public string? Url { get; set; }

    public AvatarIVApiVersion ApiVersion { get; set; }
}

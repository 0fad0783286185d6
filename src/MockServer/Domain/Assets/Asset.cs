using AvatarIV.Core.Media;

namespace AvatarIV.MockServer.Domain.Assets;

/// <summary>An uploaded file; its kind comes from its bytes, never from a name or header.</summary>
public sealed record Asset(string Id, string OwnerKeyId, MediaKind Kind, byte[] Bytes, DateTimeOffset CreatedAt)
{
    public string MimeType => MediaSniffer.MimeType(Kind);

    public string FileType => MediaSniffer.FileType(Kind);

    public string Extension => MediaSniffer.Extension(Kind);

    public bool IsImage => Kind is MediaKind.Jpeg or MediaKind.Png;

    public bool IsAudio => Kind is MediaKind.Wav or MediaKind.Mp3;

    /// <summary>The storage key legacy generation takes (<c>image/&lt;id&gt;/original.jpg</c>); images only.</summary>
    public string? ImageKey => IsImage ? $"image/{Id}/original.{Extension}" : null;

    /// <summary>Path of the file under the mock's media routes.</summary>
    public string MediaPath => $"/_media/assets/{Id}/original.{Extension}";

    public long CreatedTs => CreatedAt.ToUnixTimeSeconds();
}

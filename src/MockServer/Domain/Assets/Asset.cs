using AvatarIV.MockServer.Domain.Media.Formats;

namespace AvatarIV.MockServer.Domain.Assets;

/// <summary>An uploaded file; its kind comes from its bytes, never from a name or header.</summary>
public sealed record Asset(string Id, string OwnerKeyId, MediaFormat Kind, byte[] Bytes, DateTimeOffset CreatedAt)
{
    public string MimeType => Kind.MimeType();

    public string FileType => Kind.FileType();

    public string Extension => Kind.Extension();

    public bool IsImage => Kind.IsPhoto();

    public bool IsAudio => Kind.IsAudio();

    /// <summary>The storage key legacy generation takes (<c>image/&lt;id&gt;/original.jpg</c>); images only.</summary>
    public string? ImageKey => IsImage ? $"image/{Id}/original.{Extension}" : null;

    /// <summary>Path of the file under the mock's media routes.</summary>
    public string MediaPath => $"/_media/assets/{Id}/original.{Extension}";

    public long CreatedTs => CreatedAt.ToUnixTimeSeconds();
}

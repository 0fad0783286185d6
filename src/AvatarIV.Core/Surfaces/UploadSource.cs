using AvatarIV.Core.Media;

namespace AvatarIV.Core.Surfaces;

/// <summary>What to upload: the caller's stream (never buffered whole), its name, its type and who to tell about progress.</summary>
internal sealed record UploadSource(Stream Content, string FileName, string ContentType, MediaKind Kind, IProgress<TransferProgress>? Progress)
{
    /// <summary>Bytes to send when the stream knows its length; measured up front, because after sending the stream sits at its end.</summary>
    public long? Length { get; } = Content.CanSeek ? Content.Length - Content.Position : null;
}

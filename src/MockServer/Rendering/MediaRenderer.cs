namespace AvatarIV.MockServer.Rendering;

/// <summary>
/// Makes the files a completed job serves: a playable MP4 of the job's length showing the photo, and a JPEG thumbnail.
/// Pure managed code (no ffmpeg needed). SKELETON: the media work fills this in.
/// </summary>
public sealed class MediaRenderer
{
    /// <summary>An MP4 of <paramref name="seconds"/> showing <paramref name="photo"/> (JPEG or PNG bytes) at <paramref name="width"/>×<paramref name="height"/>; <paramref name="audio"/> (WAV/MP3 bytes) is muxed in when ffmpeg is available.</summary>
    public byte[] RenderVideo(byte[] photo, double seconds, int width, int height, byte[]? audio = null) => [];

    /// <summary>A JPEG thumbnail of the photo.</summary>
    public byte[] RenderThumbnail(byte[] photo) => [];
}

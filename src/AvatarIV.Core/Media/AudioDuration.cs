namespace AvatarIV.Core.Media;

/// <summary>Reads the playing time of WAV and MP3 audio from its bytes. SKELETON: the media work fills this in.</summary>
public static class AudioDuration
{
    /// <summary>Seconds of audio, or null when the bytes are not WAV/MP3 or are too damaged to tell.</summary>
    public static double? TryRead(Stream seekable) => null;

    public static double? TryRead(byte[] bytes) => TryRead(new MemoryStream(bytes, writable: false));
}

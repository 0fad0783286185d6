namespace AvatarIV.Core.Media;

/// <summary>Reads the playing time of WAV and MP3 audio from its bytes.</summary>
public static class AudioDuration
{
    /// <summary>
    /// Seconds of audio in the whole stream (read from its start, whatever its current position; the position is restored),
    /// or null when the bytes are not WAV/MP3 or are too damaged to tell. Only headers are read, never the whole file.
    /// A stream that cannot seek is copied into memory first.
    /// </summary>
    public static double? TryRead(Stream seekable)
    {
        if (seekable is null) throw new ArgumentNullException(nameof(seekable));
        if (!seekable.CanSeek)
        {
            var copy = new MemoryStream();
            seekable.CopyTo(copy);
            return TryRead(copy);
        }

        var original = seekable.Position;
        try
        {
            var reader = new SeekableReader(seekable);
            var head = new byte[MediaSniffer.HeaderBytesNeeded];
            return MediaSniffer.Detect(head, reader.Read(0, head, head.Length)) switch
            {
                MediaKind.Wav => WavDuration.TryRead(reader),
                MediaKind.Mp3 => Mp3Duration.TryRead(reader),
                _ => null,
            };
        }
        finally
        {
            seekable.Position = original;
        }
    }

    public static double? TryRead(byte[] bytes) => TryRead(new MemoryStream(bytes ?? throw new ArgumentNullException(nameof(bytes)), writable: false));
}

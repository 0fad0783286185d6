namespace AvatarIV.MockServer.Domain.Media.Formats;

/// <summary>The playing time of uploaded or downloaded audio (WAV or MP3), which decides an audio-driven video's length.</summary>
public static class AudioLength
{
    /// <summary>Seconds of audio, or null when the bytes are not WAV/MP3 or too damaged to measure.</summary>
    public static double? Seconds(ReadOnlySpan<byte> bytes) => MediaSignature.Of(bytes) switch
    {
        MediaFormat.Wav => WavLength.Seconds(bytes),
        MediaFormat.Mp3 => Mp3Length.Seconds(bytes),
        _ => null,
    };
}

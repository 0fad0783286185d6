using AvatarIV.MockServer.Domain.Media.Formats;

namespace AvatarIV.MockServer.Rendering;

/// <summary>
/// Adds an audio track to a rendered MP4 with ffmpeg (video copied, audio to AAC), in a private temp folder
/// and with a timeout. Any failure returns null so the caller serves the silent video instead.
/// </summary>
internal sealed class FfmpegAudioMuxer(string ffmpegPath, TimeSpan timeout)
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The muxer for the first ffmpeg on PATH, or null when there is none.</summary>
    public static FfmpegAudioMuxer? FindOnPath()
    {
        var found = FfmpegProcess.FindOnPath();
        return found is null ? null : new FfmpegAudioMuxer(found, DefaultTimeout);
    }

    public byte[]? TryAddAudio(byte[] silentMp4, byte[] audio, double seconds)
    {
        var kind = MediaSignature.Of(audio);
        if (kind is not (MediaFormat.Wav or MediaFormat.Mp3)) return null;
        var dir = Path.Combine(Path.GetTempPath(), "avatariv-mock-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(dir);
            var video = Path.Combine(dir, "video.mp4");
            var sound = Path.Combine(dir, "audio." + kind.Extension());
            var output = Path.Combine(dir, "out.mp4");
            File.WriteAllBytes(video, silentMp4);
            File.WriteAllBytes(sound, audio);
            var arguments = new[]
            {
                "-nostdin", "-v", "error", "-y", "-i", video, "-i", sound, "-map", "0:v:0", "-map", "1:a:0",
                "-c:v", "copy", "-c:a", "aac", "-t", seconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture),
                "-movflags", "+faststart", output,
            };
            return Run(arguments) && File.Exists(output) ? File.ReadAllBytes(output) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return null;
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private bool Run(string[] arguments) => FfmpegProcess.Run(ffmpegPath, arguments, timeout) is { ExitCode: 0 };
}

namespace AvatarIV.MockServer.Rendering;

/// <summary>
/// Burns an SRT into a rendered MP4 with ffmpeg's <c>subtitles</c> filter (libass): the <c>captioned_video_url</c>
/// file. Any failure (no ffmpeg, no libass, a timeout) returns null and the caller serves the plain video instead.
/// </summary>
internal sealed class FfmpegCaptionBurner(string ffmpegPath, string encoder, TimeSpan timeout)
{
    public static FfmpegCaptionBurner? For(FfmpegVideoTranscoder? transcoder) =>
        transcoder is null || FfmpegProcess.FindOnPath() is not { } ffmpeg ? null : new(ffmpeg, transcoder.Encoder, TimeSpan.FromSeconds(120));

    public byte[]? TryBurn(byte[] mp4, string srt)
    {
        var dir = Path.Combine(Path.GetTempPath(), "avatariv-mock-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(dir);
            File.WriteAllBytes(Path.Combine(dir, "in.mp4"), mp4);
            File.WriteAllText(Path.Combine(dir, "captions.srt"), srt);

            // Run inside the folder so the filter's file name needs no escaping of the temp path.
            var arguments = new List<string> { "-nostdin", "-v", "error", "-y", "-i", "in.mp4", "-vf", "subtitles=captions.srt,format=yuv420p", "-c:v", encoder, "-c:a", "copy", "-movflags", "+faststart", "out.mp4" };
            var output = Path.Combine(dir, "out.mp4");
            return FfmpegProcess.Run(ffmpegPath, arguments, timeout, workingDirectory: dir) is { ExitCode: 0 } && File.Exists(output) ? File.ReadAllBytes(output) : null;
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
}

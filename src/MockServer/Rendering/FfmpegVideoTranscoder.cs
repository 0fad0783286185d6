using System.Globalization;

namespace AvatarIV.MockServer.Rendering;

/// <summary>
/// Turns the managed Motion-JPEG MP4 into one browsers play: H.264 (libx264, else libopenh264) or, failing both,
/// VP9 in MP4, with the job's audio as AAC. Browsers do not decode Motion-JPEG in MP4, so without this the
/// dashboard can show only the thumbnail. Any failure returns null and the caller serves the Motion-JPEG file.
/// </summary>
internal sealed class FfmpegVideoTranscoder(string ffmpegPath, string encoder, TimeSpan timeout)
{
    // In order of preference: every browser plays H.264 in MP4; Chromium and Firefox also play VP9 in MP4.
    private static readonly string[] BrowserEncoders = ["libx264", "libopenh264", "libvpx-vp9"];
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    /// <summary>The ffmpeg encoder in use, e.g. <c>libx264</c>.</summary>
    public string Encoder { get; } = encoder;

    /// <summary>A transcoder for the first ffmpeg on PATH that has a browser-playable encoder, or null.</summary>
    public static FfmpegVideoTranscoder? FindOnPath()
    {
        var ffmpeg = FfmpegProcess.FindOnPath();
        if (ffmpeg is null) return null;
        try
        {
            var listing = FfmpegProcess.Run(ffmpeg, ["-hide_banner", "-encoders"], TimeSpan.FromSeconds(10));
            if (listing is not { ExitCode: 0 } found) return null;
            var names = found.Output.Split('\n').Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(parts => parts.Length > 1).Select(parts => parts[1]).ToHashSet();
            var encoder = BrowserEncoders.FirstOrDefault(names.Contains);
            return encoder is null ? null : new FfmpegVideoTranscoder(ffmpeg, encoder, DefaultTimeout);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The browser-playable MP4 of <paramref name="mjpegMp4"/>, with <paramref name="audio"/> (any format ffmpeg reads) when given.</summary>
    public byte[]? TryTranscode(byte[] mjpegMp4, byte[]? audio, double seconds)
    {
        var dir = Path.Combine(Path.GetTempPath(), "avatariv-mock-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(dir);
            var video = Path.Combine(dir, "video.mp4");
            var output = Path.Combine(dir, "out.mp4");
            File.WriteAllBytes(video, mjpegMp4);
            var arguments = new List<string> { "-nostdin", "-v", "error", "-y", "-i", video };
            if (audio is { Length: > 0 })
            {
                // ffmpeg probes the audio's format itself, so the file needs no extension.
                var sound = Path.Combine(dir, "audio");
                File.WriteAllBytes(sound, audio);
                arguments.AddRange(["-i", sound, "-map", "0:v:0", "-map", "1:a:0", "-c:a", "aac"]);
            }

            // The source has one frame a second. 5 fps keeps the length exact to 0.2 s and costs a fifth of 25 fps
            // (a 3-minute video encodes in seconds); a key frame every 10 s keeps seeking cheap.
            arguments.AddRange(["-vf", "fps=5,format=yuv420p", "-g", "50", "-c:v", Encoder]);
            arguments.AddRange(EncoderOptions());
            arguments.AddRange(["-t", seconds.ToString("0.###", CultureInfo.InvariantCulture), "-movflags", "+faststart", output]);
            return FfmpegProcess.Run(ffmpegPath, arguments, timeout) is { ExitCode: 0 } && File.Exists(output) ? File.ReadAllBytes(output) : null;
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

    // A still picture: the fastest settings look the same and keep a long video's render short.
    private string[] EncoderOptions() => Encoder switch
    {
        "libx264" => ["-preset", "ultrafast", "-tune", "stillimage"],
        "libvpx-vp9" => ["-deadline", "realtime", "-cpu-used", "8", "-b:v", "0", "-crf", "40"],
        _ => [],
    };
}

using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace AvatarIV.TestSupport.Media;

/// <summary>
/// Runs Debian's ffprobe/ffmpeg for tests that check media against an independent implementation.
/// A missing tool fails the test with an instruction rather than skipping it silently.
/// </summary>
public static class FfTools
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>ffprobe's view of a file: the container's duration and format name (e.g. <c>mov,mp4,m4a,3gp,3g2,mj2</c>) and each stream.</summary>
    public sealed record Probe(double? DurationSeconds, IReadOnlyList<ProbeStream> Streams, string FormatName = "")
    {
        /// <summary>The first video stream; fails the test when there is none.</summary>
        public ProbeStream Video => Streams.FirstOrDefault(s => s.CodecType == "video")
            ?? throw new InvalidOperationException($"ffprobe found no video stream, only: {string.Join(", ", Streams.Select(s => s.CodecType))}.");
    }

    public sealed record ProbeStream(string CodecType, string CodecName, int? Width, int? Height);

    public static async Task<Probe> ProbeAsync(string path)
    {
        var json = await RunAsync("ffprobe", "-v", "error", "-show_entries", "format=duration,format_name:stream=codec_type,codec_name,width,height", "-of", "json", path);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var streams = root.TryGetProperty("streams", out var list)
            ? list.EnumerateArray().Select(s => new ProbeStream(
                Text(s, "codec_type") ?? "", Text(s, "codec_name") ?? "", Number(s, "width"), Number(s, "height"))).ToList()
            : [];
        var hasFormat = root.TryGetProperty("format", out var format);
        double? duration = hasFormat && Text(format, "duration") is { } d && d != "N/A"
            ? double.Parse(d, CultureInfo.InvariantCulture)
            : null;
        return new Probe(duration, streams, hasFormat ? Text(format, "format_name") ?? "" : "");
    }

    /// <summary>Probes bytes held in memory (e.g. a downloaded video) through a temporary file named <c>media<paramref name="extension"/></c>.</summary>
    public static async Task<Probe> ProbeAsync(byte[] bytes, string extension = ".mp4")
    {
        using var folder = new TempFolder();
        return await ProbeAsync(folder.Write("media" + extension, bytes));
    }

    /// <summary>Runs ffmpeg (quiet, overwriting) with the given arguments; throws with its error output if it fails.</summary>
    public static Task FfmpegAsync(params string[] arguments) => RunAsync("ffmpeg", ["-nostdin", "-v", "error", "-y", .. arguments]);

    /// <summary>Runs <paramref name="tool"/> and returns its standard output; throws with stderr on a non-zero exit.</summary>
    public static async Task<string> RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(Find(tool)) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        using var cancel = new CancellationTokenSource(Timeout);
        var stdout = process.StandardOutput.ReadToEndAsync(cancel.Token);
        var stderr = process.StandardError.ReadToEndAsync(cancel.Token);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} {string.Join(' ', arguments)} did not finish within {Timeout.TotalSeconds} s.");
        }
        if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await stderr}");
        return await stdout;
    }

    /// <summary>The tool's full path on PATH.</summary>
    public static string Find(string tool)
    {
        var name = OperatingSystem.IsWindows() ? tool + ".exe" : tool;
        var dirs = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return dirs.Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException($"{tool} not found: install Debian's ffmpeg (CI's .ci/run does), e.g. apt-get install -y ffmpeg.");
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText() : null;

    private static int? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;
}

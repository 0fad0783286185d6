using System.Diagnostics;
using System.Globalization;

namespace MockServer.Tests.Infrastructure;

/// <summary>Asks ffprobe (Debian's ffmpeg package; .ci/run installs it) what a downloaded video really is.</summary>
public static class Ffprobe
{
    public sealed record Probe(string FormatName, double DurationSeconds, string VideoCodec, int Width, int Height);

    public static async Task<Probe> ProbeAsync(byte[] video)
    {
        var path = Path.Combine(Path.GetTempPath(), $"avatariv-probe-{Guid.NewGuid():N}.mp4");
        await File.WriteAllBytesAsync(path, video);
        try
        {
            var format = await RunAsync("-v", "error", "-show_entries", "format=format_name,duration", "-of", "default=noprint_wrappers=1", path);
            var stream = await RunAsync("-v", "error", "-select_streams", "v:0", "-show_entries", "stream=codec_name,width,height", "-of", "default=noprint_wrappers=1", path);
            var values = (format + "\n" + stream)
                .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(line => line.Split('=', 2))
                .Where(parts => parts.Length == 2)
                .ToDictionary(parts => parts[0], parts => parts[1]);
            return new Probe(
                values.GetValueOrDefault("format_name", ""),
                double.Parse(values.GetValueOrDefault("duration", "0"), CultureInfo.InvariantCulture),
                values.GetValueOrDefault("codec_name", ""),
                int.Parse(values.GetValueOrDefault("width", "0"), CultureInfo.InvariantCulture),
                int.Parse(values.GetValueOrDefault("height", "0"), CultureInfo.InvariantCulture));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task<string> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("ffprobe") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("ffprobe did not start.");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new Xunit.Sdk.XunitException("ffprobe is not installed, so the rendered MP4 cannot be checked. Install it (Debian/Ubuntu: apt-get install ffmpeg; .ci/run does this).");
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                throw new Xunit.Sdk.XunitException($"ffprobe rejected the file (exit {process.ExitCode}): {await error}");
            }

            return await output;
        }
    }
}

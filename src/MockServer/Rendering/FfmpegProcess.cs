using System.Diagnostics;

namespace AvatarIV.MockServer.Rendering;

/// <summary>Runs one ffmpeg command with a timeout, draining its output so a chatty ffmpeg cannot block.</summary>
internal static class FfmpegProcess
{
    /// <summary>The first ffmpeg on PATH, or null when there is none.</summary>
    public static string? FindOnPath()
    {
        var name = OperatingSystem.IsWindows() ? "ffmpeg.exe" : "ffmpeg";
        var dirs = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return dirs.Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);
    }

    /// <summary>Runs ffmpeg; the exit code and standard output, or null when it could not start or timed out.</summary>
    public static (int ExitCode, string Output)? Run(string ffmpegPath, IEnumerable<string> arguments, TimeSpan timeout, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(ffmpegPath) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = workingDirectory ?? string.Empty };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start);
        if (process is null) return null;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit((int)timeout.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            return null;
        }
        Task.WaitAll(stdout, stderr);
        return (process.ExitCode, stdout.Result);
    }
}

using System.Diagnostics;

namespace AvatarIV.Module.Tests.Infrastructure;

/// <summary>A fresh pwsh process (the pinned .NET tool) running one script: for what needs a process of its own, such as load order.</summary>
public static class PwshProcess
{
    /// <summary>Runs <paramref name="script"/> with <paramref name="arguments"/>; returns its exit code and everything it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string script, params string[] arguments)
    {
        var file = Path.Combine(Path.GetTempPath(), $"avatariv-{Guid.NewGuid():N}.ps1");
        await File.WriteAllTextAsync(file, script);
        try
        {
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { TestPaths.PowerShellTool, "-NoProfile", "-NonInteractive", "-File", file }.Concat(arguments))
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["NO_COLOR"] = "1";
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
            return (process.ExitCode, await output + await error);
        }
        finally
        {
            File.Delete(file);
        }
    }
}

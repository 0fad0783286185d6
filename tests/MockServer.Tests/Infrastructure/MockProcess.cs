using System.Diagnostics;

namespace MockServer.Tests.Infrastructure;

/// <summary>The mock as its own process (as users run it), so a test can kill -9 it or start a rival beside it.</summary>
public sealed class MockProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(90);

    private MockProcess(Process process) => Process = process;

    public Process Process { get; }

    public static MockProcess Start(params string[] args) => new(StartProcess(args));

    /// <summary>Runs <c>dotnet AvatarIV.MockServer.dll args…</c> from the test output folder, output redirected.</summary>
    public static Process StartProcess(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "AvatarIV.MockServer.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        info.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet");
    }

    /// <summary>The first stdout line: the base URL it bound (port 0 → a free port).</summary>
    public async Task<Uri> BaseUriAsync()
    {
        using var timeout = new CancellationTokenSource(StartLimit);
        var line = await Process.StandardOutput.ReadLineAsync(timeout.Token);
        if (line is null)
        {
            throw new Xunit.Sdk.XunitException($"The mock exited before binding: {await Process.StandardError.ReadToEndAsync()}");
        }

        return new Uri(line + "/");
    }

    /// <summary>SIGKILL on Linux: no shutdown code runs, exactly like a crash.</summary>
    public async Task KillAsync()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
        }

        await Process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        Process.Dispose();
    }
}

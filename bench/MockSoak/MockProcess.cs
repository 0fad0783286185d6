using System.Diagnostics;

namespace MockSoak;

/// <summary>The mock as a child process (so its memory is its own), started on a free loopback port.</summary>
internal sealed class MockProcess : IDisposable
{
    private readonly Process _process;

    private MockProcess(Process process, Uri baseUri)
    {
        _process = process;
        BaseUri = baseUri;
    }

    public Uri BaseUri { get; }

    public static async Task<MockProcess> StartAsync(string mockDll, IEnumerable<string> flags)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(mockDll);
        foreach (var flag in flags)
        {
            start.ArgumentList.Add(flag);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.ErrorDataReceived += (_, _) => { }; // logs go to stderr; drain them so the child never blocks
        process.BeginErrorReadLine();
        var firstLine = await process.StandardOutput.ReadLineAsync() ?? throw new InvalidOperationException("The mock exited before printing its URL.");
        return new MockProcess(process, new Uri(firstLine.TrimEnd('/') + "/"));
    }

    /// <summary>Resident set size in MB, from /proc (Linux).</summary>
    public double RssMb()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024.0;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process.Dispose();
    }
}

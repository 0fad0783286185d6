using System.Diagnostics;
using System.Globalization;

namespace AvatarIV.Benchmarks.Scale;

/// <summary>
/// A server run as its own process (the mock, or this program's <c>bare-kestrel</c>) whose first stdout line is its
/// base URL. Its CPU time (Linux: /proc) divided by the requests it served is a per-request cost that a loaded machine
/// distorts far less than requests per second.
/// </summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ChildProcess(Process process, Uri baseUri)
    {
        _process = process;
        BaseUri = baseUri;
    }

    public Uri BaseUri { get; }

    public int Id => _process.Id;

    /// <summary>The mock's own dll, as <c>dotnet AvatarIV.MockServer.dll</c> runs it.</summary>
    public static string MockDll => typeof(AvatarIV.MockServer.Hosting.MockServerApp).Assembly.Location;

    /// <summary>This program, for its <c>bare-kestrel</c> subcommand.</summary>
    public static string BenchDll => typeof(ChildProcess).Assembly.Location;

    public static async Task<ChildProcess> StartAsync(string dll, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info)!;
        _ = process.StandardError.ReadToEndAsync(); // drained so that logging never blocks
        var line = await process.StandardOutput.ReadLineAsync() ?? throw new InvalidOperationException($"{Path.GetFileName(dll)} did not start");
        _ = process.StandardOutput.ReadToEndAsync();
        return new ChildProcess(process, new Uri(line.TrimEnd('/') + "/"));
    }

    /// <summary>Runs a program to its end and returns its stdout; a non-zero exit throws with its stderr.</summary>
    public static async Task<string> RunToEndAsync(string dll, params string[] args) => await RunProgramToEndAsync("dotnet", [dll, .. args]);

    public static async Task<string> RunProgramToEndAsync(string program, params string[] args)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited with {process.ExitCode}: {await error}");
    }

    /// <summary>User + system CPU time used so far.</summary>
    public TimeSpan CpuTime()
    {
        var fields = File.ReadAllText($"/proc/{_process.Id}/stat").Split(')')[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0); // USER_HZ is 100 on Linux
    }

    /// <summary>Resident memory now (VmRSS).</summary>
    public long ResidentBytes()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
    }
}

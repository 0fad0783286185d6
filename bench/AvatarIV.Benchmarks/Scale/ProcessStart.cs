using System.Diagnostics;
using System.Globalization;
using AvatarIV.MockServer.Hosting;

namespace AvatarIV.Benchmarks.Scale;

/// <summary>
/// Start-up as users see it: <c>dotnet AvatarIV.MockServer.dll …</c> until its first stdout line (the bound URL), and
/// the process's resident memory once it has answered a request (Linux: VmRSS from /proc).
/// </summary>
internal static class ProcessStart
{
    /// <summary>Wall time to the first line, the CPU time the process had used by then (what a loaded machine distorts least), and RSS after one request.</summary>
    public sealed record Measured(TimeSpan ToFirstLine, TimeSpan CpuToFirstLine, long ResidentBytes);

    public static async Task<Measured> MeasureAsync(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(typeof(MockServerApp).Assembly.Location);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        _ = process.StandardError.ReadToEndAsync(); // drained so that logging never blocks
        var line = await process.StandardOutput.ReadLineAsync() ?? throw new InvalidOperationException("the mock did not start");
        var elapsed = stopwatch.Elapsed;
        var cpu = CpuTime(process.Id);
        using (var client = new HttpClient { BaseAddress = new Uri(line + "/") })
        {
            (await client.GetAsync("_mock/health")).EnsureSuccessStatusCode();
        }

        var resident = ResidentBytes(process.Id);
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        return new Measured(elapsed, cpu, resident);
    }

    private static TimeSpan CpuTime(int pid)
    {
        var fields = File.ReadAllText($"/proc/{pid}/stat").Split(')')[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return TimeSpan.FromSeconds((long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0);
    }

    private static long ResidentBytes(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }
}

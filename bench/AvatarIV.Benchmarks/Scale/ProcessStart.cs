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
    public sealed record Measured(TimeSpan ToFirstLine, long ResidentBytes);

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
        using (var client = new HttpClient { BaseAddress = new Uri(line + "/") })
        {
            (await client.GetAsync("_mock/health")).EnsureSuccessStatusCode();
        }

        var resident = ResidentBytes(process.Id);
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        return new Measured(elapsed, resident);
    }

    private static long ResidentBytes(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }
}

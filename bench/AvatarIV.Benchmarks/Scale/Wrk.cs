using System.Diagnostics;
using System.Globalization;

namespace AvatarIV.Benchmarks.Scale;

/// <summary>wrk (a separate load generator) against a server process: requests per second and the server's CPU per request.</summary>
internal static class Wrk
{
    public sealed record Result(double RequestsPerSecond, double CpuMicrosecondsPerRequest);

    public static bool IsInstalled => Environment.GetEnvironmentVariable("PATH")?.Split(':').Any(dir => File.Exists(Path.Combine(dir, "wrk"))) ?? false;

    public static async Task<Result> RunAsync(ChildProcess server, string path, string apiKey, int connections, TimeSpan duration)
    {
        var cpuBefore = server.CpuTime();
        var info = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "-t2", $"-c{connections}", $"-d{(int)duration.TotalSeconds}s", "-H", $"X-Api-Key: {apiKey}", new Uri(server.BaseUri, path).ToString() })
        {
            info.ArgumentList.Add(arg);
        }

        using var wrk = Process.Start(info)!;
        var output = await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        var cpu = server.CpuTime() - cpuBefore;

        // "  123456 requests in 5.00s, 45.67MB read" and "Requests/sec:  24691.20"
        var requests = long.Parse(Line(output, "requests in").Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        var perSecond = double.Parse(Line(output, "Requests/sec:").Split(':')[1].Trim(), CultureInfo.InvariantCulture);
        return new Result(perSecond, requests == 0 ? double.NaN : cpu.TotalMicroseconds / requests);
    }

    private static string Line(string output, string marker) =>
        output.Split('\n').FirstOrDefault(l => l.Contains(marker, StringComparison.Ordinal)) ?? throw new InvalidOperationException($"wrk printed no '{marker}' line:\n{output}");
}

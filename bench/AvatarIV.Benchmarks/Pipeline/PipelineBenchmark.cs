using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using AvatarIV.TestSupport;

namespace AvatarIV.Benchmarks.Pipeline;

/// <summary>
/// Issue 9, "Many videos at once" (P3): <c>Get-ChildItem *.jpg | Send-AvatarPhoto | New-AvatarIVVideo | Wait-AvatarIVVideo</c>
/// for 1, 10 and 100 photos with 100 ms of latency on every API request (the mock's latency fault), one after another
/// (-ThrottleLimit 1, the module before concurrency) and at the cmdlets' defaults, side by side in one run. Each
/// measurement is its own PowerShell process (pwsh, the pinned .NET tool) that imports the built module, warms up with
/// one photo, then times the pipeline and reports its peak working set. Run:
/// <c>dotnet run -c Release --project bench/AvatarIV.Benchmarks -- pipeline [rounds]</c> (build the module first).
/// </summary>
public static class PipelineBenchmark
{
    public const int LatencyMs = 100;
    private static readonly int[] PhotoCounts = [1, 10, 100];

    /// <summary>
    /// What is compared: the module before (one photo after another; Wait-AvatarIVVideo read 4 videos at a time), the
    /// defaults now (no -ThrottleLimit: 25 uploads, 10 creates with the rest as v3 batches, 50 reads), and 25 in every
    /// cmdlet (a plan with more render slots).
    /// </summary>
    private static readonly Setting[] Limits =
    [
        new("before: one at a time", 1, 4),
        new("after: defaults (25/10/50)", null, null),
        new("-ThrottleLimit 25", 25, 25),
    ];

    public sealed record Measured(int Photos, int Videos, int Errors, long ElapsedMs, long PeakBytes);

    /// <param name="Limit">-ThrottleLimit of Send-AvatarPhoto and New-AvatarIVVideo; null: their defaults.</param>
    /// <param name="WaitLimit">-ThrottleLimit of Wait-AvatarIVVideo (reads in flight); null: its default.</param>
    public sealed record Setting(string Label, int? Limit, int? WaitLimit);

    /// <summary>Runs every photo count at both limits, <paramref name="rounds"/> times alternating, and prints a Markdown table.</summary>
    public static async Task RunAsync(int rounds = 2)
    {
        var root = RepositoryRoot();
        var module = ModuleManifest(root);
        var work = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "avatariv-pipeline-" + Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            var photo = Path.Combine(root, "samples", "avatar.jpg");
            var folders = PhotoCounts.Append(1).Select((count, i) => Photos(photo, Path.Combine(work, i == PhotoCounts.Length ? "warm-up" : $"photos-{count}"), count)).ToArray();
            await using var mock = await RunningMock.StartAsync(
                "--progression", "immediate", "--balance", "100000000", "--fault", $"/v3/* latency_ms={LatencyMs}");
            Console.WriteLine($"load average before: {LoadAverage()}");
            var results = new Dictionary<(int Photos, string Setting), List<Measured>>();
            for (var round = 0; round < rounds; round++)
            {
                for (var i = 0; i < PhotoCounts.Length; i++)
                {
                    foreach (var setting in round % 2 == 0 ? Limits : Limits.Reverse())
                    {
                        var measured = await MeasureAsync(root, module, mock.BaseUri, folders[i], folders[^1], setting);
                        Console.WriteLine($"round {round + 1}: {PhotoCounts[i]} photos, {setting.Label}: {measured.ElapsedMs} ms, {measured.Videos} videos, {measured.Errors} errors, peak {measured.PeakBytes / 1048576.0:0} MB");
                        (results.TryGetValue((PhotoCounts[i], setting.Label), out var list) ? list : results[(PhotoCounts[i], setting.Label)] = new()).Add(measured);
                    }
                }
            }

            Console.WriteLine($"load average after: {LoadAverage()}");
            Console.WriteLine();
            Print(results);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>One PowerShell process: imports the module, warms up, times the pipeline over <paramref name="photos"/>.</summary>
    public static async Task<Measured> MeasureAsync(string root, string module, Uri baseUri, string photos, string warmUp, Setting setting)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
        {
            "pwsh", "-NoProfile", "-NonInteractive", "-File", Path.Combine(AppContext.BaseDirectory, "Pipeline", "PipelineRun.ps1"),
            "-Module", module, "-BaseUri", baseUri.ToString(), "-Photos", photos, "-WarmUpPhotos", warmUp,
            "-ThrottleLimit", (setting.Limit ?? 0).ToString(CultureInfo.InvariantCulture),
            "-WaitThrottleLimit", (setting.WaitLimit ?? 0).ToString(CultureInfo.InvariantCulture),
        })
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start 'dotnet pwsh'");
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var json = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault(l => l.StartsWith('{'));
        if (process.ExitCode != 0 || json is null)
        {
            throw new InvalidOperationException($"the PowerShell run failed (exit code {process.ExitCode}): {output}{await error}");
        }

        using var document = JsonDocument.Parse(json);
        var result = document.RootElement;
        return new Measured(
            result.GetProperty("photos").GetInt32(),
            result.GetProperty("videos").GetInt32(),
            result.GetProperty("errors").GetInt32(),
            (long)result.GetProperty("elapsedMs").GetDouble(),
            (long)result.GetProperty("peakBytes").GetDouble());
    }

    private static void Print(Dictionary<(int Photos, string Setting), List<Measured>> results)
    {
        Console.WriteLine("| photos | " + string.Join(" | ", Limits.Select(l => $"{l.Label}: best (all runs) | peak WS")) + " |");
        Console.WriteLine("|---:|" + string.Concat(Limits.Select(_ => "---:|---:|")));
        foreach (var photos in PhotoCounts)
        {
            var cells = Limits.Select(l =>
            {
                var runs = results[(photos, l.Label)];
                return $"{Best(runs) / 1000.0:0.00} s ({string.Join(", ", runs.Select(r => (r.ElapsedMs / 1000.0).ToString("0.00", CultureInfo.InvariantCulture)))}) | {runs.Max(r => r.PeakBytes) / 1048576.0:0} MB";
            });
            Console.WriteLine($"| {photos} | {string.Join(" | ", cells)} |");
        }

        var ratios = Limits.Select(l => $"**{(double)Best(results[(PhotoCounts[^1], l.Label)]) / Best(results[(PhotoCounts[0], l.Label)]):0.0}×**");
        Console.WriteLine($"| **{PhotoCounts[^1]} vs {PhotoCounts[0]}** | {string.Join(" | | ", ratios)} | |");
    }

    private static long Best(List<Measured> runs) => runs.Min(r => r.ElapsedMs);

    private static string Photos(string sample, string folder, int count)
    {
        Directory.CreateDirectory(folder);
        for (var i = 1; i <= count; i++)
        {
            File.Copy(sample, Path.Combine(folder, $"photo{i:000}.jpg"));
        }

        return folder;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AvatarIV.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmark from the repository's build output (AvatarIV.slnx not found above it).");
    }

    private static string ModuleManifest(string root) =>
        new DirectoryInfo(Path.Combine(root, "out", "AvatarIV")).EnumerateFiles("AvatarIV.psd1", SearchOption.AllDirectories)
            .OrderByDescending(f => f.LastWriteTimeUtc).FirstOrDefault()?.FullName
        ?? throw new InvalidOperationException("The module is not built: run 'dotnet pwsh ./build.ps1' (or build src/AvatarIV.PowerShell) first.");

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}

using System.Globalization;
using System.Text.Json;
using AvatarIV.Benchmarks.Scale;

namespace AvatarIV.Benchmarks.All;

/// <summary>
/// Importing the module against starting bare pwsh (issue 12), with hyperfine: both commands run in the repository
/// (pwsh is its local dotnet tool), so the difference is the import. The module is laid out by build.ps1 first, once
/// per run, so the run measures the code as it is (the pipeline benchmark imports the same build).
/// </summary>
internal static class ModuleImport
{
    private static Task<string>? s_laidOut;

    /// <summary>Runs build.ps1 (once per process) and returns the manifest it laid out.</summary>
    public static Task<string> LayOutAsync(string repository) => s_laidOut ??= LayOutOnceAsync(repository);

    public static async Task<string> RunAsync(string repository, int runs)
    {
        var manifest = await LayOutAsync(repository);

        var export = Path.GetTempFileName();
        try
        {
            const string pwsh = "dotnet pwsh -NoProfile -NonInteractive -Command";
            await ChildProcess.RunProgramToEndAsync("hyperfine", "--warmup", "1", "--runs", runs.ToString(CultureInfo.InvariantCulture), "--export-json", export, "-N",
                "--command-name", "bare pwsh (baseline)", $"{pwsh} exit",
                "--command-name", "pwsh + Import-Module AvatarIV", $"{pwsh} Import-Module {manifest}");
            using var results = JsonDocument.Parse(await File.ReadAllTextAsync(export));
            var measured = results.RootElement.GetProperty("results").EnumerateArray()
                .Select(r => (Name: r.GetProperty("command").GetString()!, Stats: Stats.Of(r.GetProperty("times").EnumerateArray().Select(t => t.GetDouble() * 1000))))
                .ToList();
            var baseline = measured[0].Stats.Median;
            return BenchmarkSections.Table(
                [$"hyperfine, {runs} runs each", "median", "IQR", "import's own cost", "ratio"],
                measured.Select(m => (IReadOnlyList<string>)
                [
                    m.Name, Stats.F(m.Stats.Median, "0") + " ms", m.Stats.Iqr("0"), Stats.F(m.Stats.Median - baseline, "+0;-0;0") + " ms", Stats.F(m.Stats.Median / baseline),
                ]));
        }
        finally
        {
            File.Delete(export);
        }
    }

    private static async Task<string> LayOutOnceAsync(string repository)
    {
        Console.WriteLine("laying out the module (dotnet pwsh ./build.ps1)…");
        await ChildProcess.RunProgramToEndAsync("dotnet", "pwsh", "-NoProfile", "-File", Path.Combine(repository, "build.ps1"));
        return FindManifest(repository) ?? throw new InvalidOperationException("build.ps1 did not lay out out/AvatarIV/<version>/AvatarIV.psd1");
    }

    private static string? FindManifest(string repository)
    {
        var root = Path.Combine(repository, "out", "AvatarIV");
        return Directory.Exists(root)
            ? Directory.GetDirectories(root).Select(d => Path.Combine(d, "AvatarIV.psd1")).Where(File.Exists).OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault()
            : null;
    }
}

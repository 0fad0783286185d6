using System.Globalization;
using System.Runtime.InteropServices;
using AvatarIV.Benchmarks.Scale;

namespace AvatarIV.Benchmarks.All;

/// <summary>
/// <c>all [--quick]</c>: every side-by-side comparison, one after another, each rewriting its own table in
/// BENCHMARKS.md as soon as it is measured (so a failure late in the run keeps the earlier tables). A section that
/// fails gets its error in place of the table; the run goes on.
/// </summary>
internal static class AllBenchmarks
{
    /// <param name="quick">Short iterations and few rounds: a smoke run.</param>
    /// <param name="only">Section names to run (<c>--only transfer,cold-start</c>); empty runs them all.</param>
    public static async Task<int> RunAsync(bool quick, IReadOnlySet<string> only)
    {
        var repository = FindRepository();
        var file = Path.Combine(repository, "BENCHMARKS.md");
        var loadBefore = LoadAverage();
        var started = DateTimeOffset.UtcNow;
        // A partial run (--only) leaves the header of the last full run alone and dates its own tables instead.
        var partial = only.Count > 0;
        if (!partial)
        {
            Write(file, "run", RunHeader(repository, quick, started, loadBefore, null));
        }

        var failures = 0;
        async Task SectionAsync(string name, Func<Task<string>> measure)
        {
            if (only.Count > 0 && !only.Contains(name))
            {
                return;
            }

            Console.WriteLine($"== {name}");
            string content;
            try
            {
                content = await measure();
            }
            catch (Exception e)
            {
                failures++;
                content = $"**Not measured in this run:** {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}";
            }

            if (partial)
            {
                content = $"_Measured on its own ({string.Join(' ', Environment.GetCommandLineArgs().Skip(1))}): {DateTimeOffset.UtcNow.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC, " +
                    $"commit {Git(repository, "rev-parse", "--short", "HEAD")}, load average {LoadAverage()}._\n\n" + content;
            }

            Write(file, name, content);
            Console.WriteLine(content);
        }

        await SectionAsync("per-call", () => Task.FromResult(PerCall.Run(quick)));
        await SectionAsync("cold-start", () => ColdStart.RunAsync(quick ? 2 : 15));
        await SectionAsync("transfer", () => Transfers.RunAsync(quick ? 1 : 12));
        await SectionAsync("module-import", () => ModuleImport.RunAsync(repository, quick ? 3 : 20));
        await SectionAsync("scale", async () =>
        {
            var rows = await ScaleBenchmark.RunAsync(quick ? 1_000 : 10_000, quick);
            return BenchmarkSections.Table(["measurement", "result"], rows.Select(r => (IReadOnlyList<string>)[r.What, r.Result]));
        });

        await SectionAsync("pipeline", () => PipelineAsync(repository, quick));

        if (!partial)
        {
            Write(file, "run", RunHeader(repository, quick, started, loadBefore, LoadAverage()));
        }

        Console.WriteLine($"BENCHMARKS.md rewritten ({failures} section(s) failed).");
        return failures == 0 ? 0 : 1;
    }

    /// <summary>
    /// Issue 9's P3 pipeline benchmark (<c>pipeline [rounds]</c>, Pipeline/PipelineBenchmark.cs) when this build has
    /// it: run as its own process, its Markdown table lines kept.
    /// </summary>
    private static async Task<string> PipelineAsync(string repository, bool quick)
    {
        if (typeof(AllBenchmarks).Assembly.GetType("AvatarIV.Benchmarks.Pipeline.PipelineBenchmark") is null)
        {
            return "(this build has no `pipeline` benchmark yet)";
        }

        await ModuleImport.LayOutAsync(repository);

        var output = await ChildProcess.RunToEndAsync(ChildProcess.BenchDll, "pipeline", quick ? "1" : "2");
        var table = output.Split('\n').Select(l => l.TrimEnd()).Where(l => l.StartsWith('|')).ToList();
        return table.Count > 0 ? string.Join("\n", table) : throw new InvalidOperationException("the pipeline benchmark printed no table:\n" + output);
    }

    private static string RunHeader(string repository, bool quick, DateTimeOffset started, string loadBefore, string? loadAfter)
    {
        var commit = Git(repository, "rev-parse", "--short", "HEAD");
        var command = string.Join(' ', ["dotnet run -c Release --project bench/AvatarIV.Benchmarks --", .. Environment.GetCommandLineArgs().Skip(1)]);
        return string.Join("\n",
            $"Last run: {started.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC, commit {commit}, {RuntimeInformation.FrameworkDescription}, " +
            $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}; `{command}`" + (quick ? " (**quick smoke run: too short to trust the numbers**)" : "") + ".",
            "",
            $"Load average (1, 5, 15 min) at the start: {loadBefore}; at the end: {loadAfter ?? "(still running)"}.");
    }

    private static void Write(string file, string section, string content) =>
        File.WriteAllText(file, BenchmarkSections.Replace(File.ReadAllText(file), section, content));

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string Git(string repository, params string[] args)
    {
        try
        {
            return ChildProcess.RunProgramToEndAsync("git", ["-C", repository, .. args]).GetAwaiter().GetResult().Trim();
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }

    /// <summary>The repository root: the nearest folder up from here that holds AvatarIV.slnx.</summary>
    private static string FindRepository()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "AvatarIV.slnx")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run from inside the repository: BENCHMARKS.md is found next to AvatarIV.slnx.");
    }
}

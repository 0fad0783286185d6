using AvatarIV.Benchmarks;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// `scale [jobs]`: the full, persistent mock (issue 10 §3), a console run with its own timing (Scale/ScaleBenchmark.cs).
if (args is ["scale", ..])
{
    await AvatarIV.Benchmarks.Scale.ScaleBenchmark.RunAsync(args.Skip(1).Where(a => a.All(char.IsAsciiDigit)).Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault(10_000), quick: args.Contains("--quick"));
    return 0;
}

// `all [--quick]`: every side-by-side comparison; rewrites the tables in BENCHMARKS.md (All/AllBenchmarks.cs).
if (args is ["all", ..])
{
    var only = args.SkipWhile(a => a != "--only").Skip(1).Take(1).SelectMany(a => a.Split(',')).ToHashSet(StringComparer.Ordinal);
    return await AvatarIV.Benchmarks.All.AllBenchmarks.RunAsync(quick: args.Contains("--quick"), only);
}

// Helpers `all` runs as fresh processes: a cold client, a 200 MiB transfer, and the yardsticks (bare Kestrel
// answering fixed JSON for wrk; a file endpoint for downloads). The servers print their URL first.
switch (args)
{
    case ["cold-start", var contender, var url, var videoId]:
        await AvatarIV.Benchmarks.All.ColdStart.ChildAsync(contender, new Uri(url), videoId);
        return 0;
    case ["transfer", var direction, var url, var path]:
        await AvatarIV.Benchmarks.All.Transfers.ChildAsync(direction, new Uri(url), path);
        return 0;
    case ["bare-kestrel", var jsonFile]:
        await using (var bare = await AvatarIV.Benchmarks.Scale.BareKestrel.StartAsync("/v3/videos/{id}", await File.ReadAllBytesAsync(jsonFile)))
        {
            Console.WriteLine(bare.BaseUri.ToString().TrimEnd('/'));
            await Task.Delay(Timeout.Infinite);
        }

        return 0;
    case ["bare-file", var path]:
        await using (var files = await AvatarIV.Benchmarks.Scale.BareKestrel.StartFileAsync("/file", path))
        {
            Console.WriteLine(files.BaseUri.ToString().TrimEnd('/'));
            await Task.Delay(Timeout.Infinite);
        }

        return 0;
}

// `pipeline [rounds]`: issue 9's P3, the photo-to-video pipeline in PowerShell at -ThrottleLimit 1 and the default (Pipeline/PipelineBenchmark.cs).
if (args is ["pipeline", ..])
{
    await AvatarIV.Benchmarks.Pipeline.PipelineBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2);
    return 0;
}

// Every benchmark class in this assembly: media, downloads and waiting.
// In-process and short: the machines are shared and small, so BENCHMARKS.md reports ratios measured side by side in one run.
var config = DefaultConfig.Instance
    .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
    .AddDiagnoser(MemoryDiagnoser.Default)
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);
BenchmarkSwitcher.FromAssembly(typeof(RenderingBenchmarks).Assembly).Run(args, config);
return 0;

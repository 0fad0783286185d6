using AvatarIV.Benchmarks;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// `scale [jobs]`: the full, persistent mock (issue 10 §3), a console run with its own timing (Scale/ScaleBenchmark.cs).
if (args is ["scale", ..])
{
    await AvatarIV.Benchmarks.Scale.ScaleBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000);
    return;
}

// `pipeline [rounds]`: issue 9's P3, the photo-to-video pipeline in PowerShell at -ThrottleLimit 1 and the default (Pipeline/PipelineBenchmark.cs).
if (args is ["pipeline", ..])
{
    await AvatarIV.Benchmarks.Pipeline.PipelineBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2);
    return;
}

// Every benchmark class in this assembly: media, downloads and waiting.
// In-process and short: the machines are shared and small, so BENCHMARKS.md reports ratios measured side by side in one run.
var config = DefaultConfig.Instance
    .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
    .AddDiagnoser(MemoryDiagnoser.Default)
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);
BenchmarkSwitcher.FromAssembly(typeof(RenderingBenchmarks).Assembly).Run(args, config);

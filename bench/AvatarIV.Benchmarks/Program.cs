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
    return;
}

// `bare-kestrel <file.json>`: the yardstick as its own process (wrk measures it beside the mock process); prints its URL.
if (args is ["bare-kestrel", var jsonFile])
{
    await using var bare = await AvatarIV.Benchmarks.Scale.BareKestrel.StartAsync("/v3/videos/{id}", await File.ReadAllBytesAsync(jsonFile));
    Console.WriteLine(bare.BaseUri.ToString().TrimEnd('/'));
    await Task.Delay(Timeout.Infinite);
}

// Every benchmark class in this assembly: media, downloads and waiting.
// In-process and short: the machines are shared and small, so BENCHMARKS.md reports ratios measured side by side in one run.
var config = DefaultConfig.Instance
    .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
    .AddDiagnoser(MemoryDiagnoser.Default)
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);
BenchmarkSwitcher.FromAssembly(typeof(RenderingBenchmarks).Assembly).Run(args, config);

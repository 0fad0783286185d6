using AvatarIV.Benchmarks;
using BenchmarkDotNet.Running;

// Every benchmark class in this assembly: media, downloads and waiting.
BenchmarkSwitcher.FromAssembly(typeof(RenderingBenchmarks).Assembly).Run(args);

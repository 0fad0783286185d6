using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using Perfolizer.Horology;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace AvatarIV.Benchmarks.All;

/// <summary>Runs <see cref="PerCallBenchmarks"/> and turns BenchmarkDotNet's summary into the per-call table (ratios to bare RestSharp per category).</summary>
internal static class PerCall
{
    public static string Run(bool quick)
    {
        var job = Job.Default.WithToolchain(InProcessEmitToolchain.Instance);
        job = quick
            ? job.WithWarmupCount(1).WithIterationCount(3).WithIterationTime(TimeInterval.FromMilliseconds(100))
            : job.WithWarmupCount(4).WithIterationCount(20);
        var config = DefaultConfig.Instance
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(StatisticColumn.Median, StatisticColumn.Q1, StatisticColumn.Q3)
            .AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory)
            .WithOptions(ConfigOptions.DisableOptimizationsValidator | ConfigOptions.JoinSummary);
        var summary = BenchmarkRunner.Run<PerCallBenchmarks>(config);
        return Table(summary, quick);
    }

    private static string Table(Summary summary, bool quick)
    {
        var measured = summary.Reports
            .Where(r => r.ResultStatistics is not null)
            .Select(r => (
                Category: r.BenchmarkCase.Descriptor.Categories.FirstOrDefault() ?? "",
                Name: r.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\''),
                IsBaseline: r.BenchmarkCase.Descriptor.Baseline,
                Stats: r.ResultStatistics!,
                Allocated: r.GcStats.GetBytesAllocatedPerOperation(r.BenchmarkCase) ?? 0))
            .ToList();
        var rows = new List<IReadOnlyList<string>>();
        foreach (var category in new[] { "v3 read", "legacy read", "v3 create", "legacy create" })
        {
            var group = measured.Where(m => m.Category == category).OrderBy(m => m.IsBaseline ? 0 : m.Name.StartsWith("AvatarIV", StringComparison.Ordinal) ? 1 : 2).ToList();
            var baseline = group.FirstOrDefault(m => m.IsBaseline);
            if (baseline.Stats is null)
            {
                continue;
            }

            foreach (var m in group)
            {
                var name = m.IsBaseline ? $"{m.Name} (baseline)" : m.Name;
                var emphasis = m.Name.StartsWith("AvatarIV", StringComparison.Ordinal) ? "**" : "";
                rows.Add(
                [
                    category, name,
                    Stats.F(m.Stats.Median / 1000, "0.0") + " µs", $"{Stats.F(m.Stats.Q1 / 1000, "0.0")}–{Stats.F(m.Stats.Q3 / 1000, "0.0")}",
                    emphasis + Stats.F(m.Stats.Median / baseline.Stats.Median) + emphasis,
                    Stats.F(m.Allocated / 1024.0, "0.0") + " KB",
                    emphasis + Stats.F(m.Allocated / (double)baseline.Allocated) + emphasis,
                ]);
            }
        }

        var iterations = quick ? "quick: 3 iterations of 100 ms" : "20 iterations";
        return BenchmarkSections.Table(["call", $"contender ({iterations})", "median", "IQR", "ratio (time)", "allocated", "ratio (alloc)"], rows);
    }
}

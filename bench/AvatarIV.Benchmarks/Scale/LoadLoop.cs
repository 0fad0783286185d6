using System.Diagnostics;

namespace AvatarIV.Benchmarks.Scale;

/// <summary>
/// A closed-loop load generator (wrk is not installed here): <c>connections</c> loops each send one GET, wait for
/// it, and send the next, for a fixed time. Client and server share the machine, as they would with wrk.
/// </summary>
internal static class LoadLoop
{
    public sealed record Result(double RequestsPerSecond, double MeanLatencyMs, long Failures);

    public static async Task<Result> RunAsync(HttpClient client, string path, int connections, TimeSpan duration)
    {
        long requests = 0, failures = 0;
        var stopwatch = Stopwatch.StartNew();
        var loops = Enumerable.Range(0, connections).Select(_ => Task.Run(async () =>
        {
            while (stopwatch.Elapsed < duration)
            {
                using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failures);
                }

                Interlocked.Increment(ref requests);
            }
        }));
        await Task.WhenAll(loops);
        var seconds = stopwatch.Elapsed.TotalSeconds;
        return new Result(requests / seconds, connections * seconds * 1000 / requests, failures);
    }

    /// <summary>Mean and 95th percentile of <paramref name="count"/> sequential requests (after a few warm-ups).</summary>
    public static async Task<(double MeanMs, double P95Ms)> SequentialAsync(HttpClient client, string path, int count)
    {
        for (var i = 0; i < 10; i++)
        {
            (await client.GetAsync(path)).EnsureSuccessStatusCode();
        }

        var times = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync(path);
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync();
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        times.Sort();
        return (times.Average(), times[(int)(count * 0.95)]);
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using AvatarIV.TestSupport;

namespace AvatarIV.Benchmarks.Scale;

/// <summary>
/// Issue 10 §3: the mock full (10,000 jobs) and persistent (<c>--state-dir</c>). Measures the immediate-mode create
/// rate, memory per stored job, status reads against a bare Kestrel endpoint answering the same JSON (ratio),
/// list-page latency, and start-up time with the 10,000 jobs stored. Run:
/// <c>dotnet run -c Release --project bench/AvatarIV.Benchmarks -- scale [jobs]</c>.
/// </summary>
internal static class ScaleBenchmark
{
    private const string Key = "bench-key";
    private const int Connections = 16;
    private const string InMemory = "in memory";

    /// <summary>The rows measured, in order (what, result), for BENCHMARKS.md.</summary>
    private static readonly List<(string What, string Result)> s_rows = [];
    private static TimeSpan s_loadTime = TimeSpan.FromSeconds(5);
    private static int s_rounds = 3;

    public static async Task<IReadOnlyList<(string What, string Result)>> RunAsync(int jobs, bool quick = false)
    {
        s_rows.Clear();
        if (quick)
        {
            s_loadTime = TimeSpan.FromSeconds(2);
            s_rounds = 1;
        }

        var dir = Path.Combine(Path.GetTempPath(), "avatariv-scale-" + Guid.NewGuid().ToString("N"));
        string[] flags = ["--state-dir", dir, "--progression", "immediate", "--concurrency", "1000000", "--balance", "100000000"];
        try
        {
            await FillAsync(flags[2..], jobs, InMemory);
            var videoId = await FillAsync(flags, jobs, "--state-dir");
            var statusJson = await MeasureLoadedAsync(flags, jobs, videoId);
            if (Wrk.IsInstalled)
            {
                await MeasureWithWrkAsync(flags, jobs, videoId, statusJson);
            }

            await MeasureStartUpAsync(flags, jobs);
        }
        finally
        {
            if (Environment.GetEnvironmentVariable("AVATARIV_SCALE_KEEP") == "1")
            {
                Console.WriteLine($"kept {dir}");
            }
            else
            {
                Directory.Delete(dir, recursive: true);
            }
        }

        return [.. s_rows];
    }

    /// <summary>Creates the jobs over HTTP (8 in flight) and reports the rate and the heap they added.</summary>
    private static async Task<string> FillAsync(string[] flags, int jobs, string label)
    {
        var heapBefore = Heap();
        await using var mock = await RunningMock.StartAsync(flags);
        using var client = mock.CreateClient(Key);
        var assetId = await UploadAsync(client);
        var created = 0;
        var ids = new string[jobs];
        var stopwatch = Stopwatch.StartNew();
        var lastTenth = TimeSpan.Zero;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref created) - 1; i < jobs; i = Interlocked.Increment(ref created) - 1)
            {
                if (i == jobs * 9 / 10)
                {
                    lastTenth = stopwatch.Elapsed;
                }

                ids[i] = await CreateAsync(client, assetId, i);
            }
        })));
        var seconds = stopwatch.Elapsed.TotalSeconds;
        Report($"create, immediate mode, {label} (8 in flight)", $"{jobs / seconds:0} videos/s ({jobs} in {seconds:0.0} s; last tenth {jobs / 10 / (seconds - lastTenth.TotalSeconds):0}/s)");
        if (label == InMemory)
        {
            // Only the first fill starts from a clean heap (later ones would count what the earlier mock left to collect).
            Report("managed heap per job while filling, in memory (job + journal entry)", $"{(Heap() - heapBefore) / (double)jobs / 1024:0.0} KB");
        }
        return ids[jobs / 2];
    }

    private static async Task<byte[]> MeasureLoadedAsync(string[] flags, int jobs, string videoId)
    {
        var heapBefore = Heap();
        await using var mock = await RunningMock.StartAsync(flags);
        using var client = mock.CreateClient(Key);

        // Straight after start-up, before the background warm-up has parsed the stored drafts (one status read
        // first, so that the time is the list's and not the first request's JIT).
        (await client.GetAsync($"v3/videos/{videoId}")).EnsureSuccessStatusCode();
        var firstList = Stopwatch.StartNew();
        (await client.GetAsync("v3/videos?limit=10")).EnsureSuccessStatusCode();
        Report($"first list page (limit=10) right after a restart with {jobs} jobs", $"{firstList.Elapsed.TotalMilliseconds:0} ms");
        Report($"managed heap per stored job after a restart ({jobs} jobs + journal loaded, drafts parsed)", $"{(Heap() - heapBefore) / (double)jobs / 1024:0.0} KB");
        var statusPath = $"v3/videos/{videoId}";
        var json = await client.GetByteArrayAsync(statusPath);
        await using var bare = await BareKestrel.StartAsync("/v3/videos/{id}", json);
        using var bareClient = new HttpClient { BaseAddress = bare.BaseUri };

        // The same read on an empty in-memory mock: what the mock's pipeline costs apart from being full and persistent.
        await using var emptyMock = await RunningMock.StartAsync("--progression", "immediate");
        using var emptyClient = emptyMock.CreateClient(Key);
        var emptyPath = $"v3/videos/{await CreateAsync(emptyClient, await UploadAsync(emptyClient), 0)}";

        // Alternate the three, twice each, after a warm-up; the best run of each counts (the machine is shared).
        (HttpClient Client, string Path)[] contenders = [(client, statusPath), (emptyClient, emptyPath), (bareClient, statusPath)];
        var best = new LoadLoop.Result[contenders.Length];
        foreach (var (c, path) in contenders)
        {
            await LoadLoop.RunAsync(c, path, Connections, TimeSpan.FromSeconds(2));
        }

        for (var round = 0; round < s_rounds; round++)
        {
            for (var i = 0; i < contenders.Length; i++)
            {
                var result = await LoadLoop.RunAsync(contenders[i].Client, contenders[i].Path, Connections, s_loadTime);
                best[i] = best[i] is null || result.RequestsPerSecond > best[i].RequestsPerSecond ? result : best[i];
            }
        }

        Report($"status read in process, mock with {jobs} jobs and --state-dir (GET /v3/videos/{{id}}, 16 connections)", $"{best[0].RequestsPerSecond:0} req/s, mean {best[0].MeanLatencyMs:0.00} ms, failures {best[0].Failures}");
        Report("status read in process, empty in-memory mock", $"{best[1].RequestsPerSecond:0} req/s, mean {best[1].MeanLatencyMs:0.00} ms");
        Report("status read in process, bare Kestrel answering the same JSON", $"{best[2].RequestsPerSecond:0} req/s, mean {best[2].MeanLatencyMs:0.00} ms");
        Report("ratio in process, full persistent mock / bare Kestrel", $"{best[0].RequestsPerSecond / best[2].RequestsPerSecond:0.00}");
        Report("ratio full persistent mock / empty in-memory mock", $"{best[0].RequestsPerSecond / best[1].RequestsPerSecond:0.00}");

        foreach (var limit in new[] { 10, 100 })
        {
            var (mean, p95) = await LoadLoop.SequentialAsync(client, $"v3/videos?limit={limit}", 200);
            Report($"list page, limit={limit}, of {jobs} jobs (sequential)", $"mean {mean:0.00} ms, p95 {p95:0.00} ms");
        }

        return json;
    }

    /// <summary>
    /// The issue's yardstick: the mock as its own process on the stored jobs and bare Kestrel as another, loaded in
    /// turn by wrk; the median of the rounds counts, and each server's CPU per request beside it.
    /// </summary>
    private static async Task MeasureWithWrkAsync(string[] flags, int jobs, string videoId, byte[] statusJson)
    {
        var jsonFile = Path.GetTempFileName();
        await File.WriteAllBytesAsync(jsonFile, statusJson);
        try
        {
            await using var mock = await ChildProcess.StartAsync(ChildProcess.MockDll, flags);
            await using var bare = await ChildProcess.StartAsync(ChildProcess.BenchDll, "bare-kestrel", jsonFile);
            var path = $"v3/videos/{videoId}";
            ChildProcess[] servers = [mock, bare];
            foreach (var server in servers)
            {
                await Wrk.RunAsync(server, path, Key, Connections, TimeSpan.FromSeconds(3)); // warm-up (JIT tiers)
            }

            var results = new List<Wrk.Result>[] { [], [] };
            for (var round = 0; round < s_rounds; round++)
            {
                for (var i = 0; i < servers.Length; i++)
                {
                    results[i].Add(await Wrk.RunAsync(servers[i], path, Key, Connections, s_loadTime));
                }
            }

            var (mockRps, bareRps) = (Median(results[0].Select(r => r.RequestsPerSecond)), Median(results[1].Select(r => r.RequestsPerSecond)));
            Report($"status read with wrk, mock process with {jobs} jobs and --state-dir (16 connections, median of {s_rounds})", $"{mockRps:0} req/s (runs {string.Join(" / ", results[0].Select(r => r.RequestsPerSecond.ToString("0", CultureInfo.InvariantCulture)))}), {Median(results[0].Select(r => r.CpuMicrosecondsPerRequest)):0} µs CPU per request");
            Report("status read with wrk, bare Kestrel process, same JSON", $"{bareRps:0} req/s (runs {string.Join(" / ", results[1].Select(r => r.RequestsPerSecond.ToString("0", CultureInfo.InvariantCulture)))}), {Median(results[1].Select(r => r.CpuMicrosecondsPerRequest)):0} µs CPU per request");
            Report("**ratio with wrk, full persistent mock / bare Kestrel**", $"**{mockRps / bareRps:0.00}**");
        }
        finally
        {
            File.Delete(jsonFile);
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static async Task MeasureStartUpAsync(string[] flags, int jobs)
    {
        var stopwatch = Stopwatch.StartNew();
        await using (await RunningMock.StartAsync(flags))
        {
            Report($"start-up in process, {jobs} jobs stored (warm)", $"{stopwatch.Elapsed.TotalMilliseconds:0} ms");
        }

        var empty = Path.Combine(Path.GetTempPath(), "avatariv-scale-empty-" + Guid.NewGuid().ToString("N"));
        try
        {
            // Alternating, median of the rounds (start-up is the measurement most at the mercy of a busy machine).
            List<ProcessStart.Measured> fresh = [], full = [];
            for (var round = 0; round < s_rounds; round++)
            {
                fresh.Add(await ProcessStart.MeasureAsync("--state-dir", empty));
                full.Add(await ProcessStart.MeasureAsync(flags));
            }

            var (freshMs, fullMs) = (Median(fresh.Select(m => m.ToFirstLine.TotalMilliseconds)), Median(full.Select(m => m.ToFirstLine.TotalMilliseconds)));
            var (freshRss, fullRss) = (Median(fresh.Select(m => (double)m.ResidentBytes)), Median(full.Select(m => (double)m.ResidentBytes)));
            var (freshCpu, fullCpu) = (Median(fresh.Select(m => m.CpuToFirstLine.TotalMilliseconds)), Median(full.Select(m => m.CpuToFirstLine.TotalMilliseconds)));
            Report($"start-up as a process, empty --state-dir (to first stdout line, median of {s_rounds})", $"{freshMs:0} ms ({freshCpu:0} ms CPU), resident {freshRss / 1048576.0:0} MB");
            Report($"**start-up as a process, {jobs} jobs stored** (median of {s_rounds})", $"**{fullMs:0} ms** ({fullCpu:0} ms CPU), resident {fullRss / 1048576.0:0} MB");
            Report("**resident memory per stored job** (process with jobs − empty process) / jobs", $"**{(fullRss - freshRss) / jobs / 1024:0.0} KB**");
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    private static async Task<string> UploadAsync(HttpClient client)
    {
        using var file = new ByteArrayContent(SampleMedia.Jpeg());
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        using var form = new MultipartFormDataContent { { file, "file", "me.jpg" } };
        using var response = await client.PostAsync("v3/assets", form);
        return (await JsonAsync(response)).GetProperty("data").GetProperty("asset_id").GetString()!;
    }

    private static async Task<string> CreateAsync(HttpClient client, string assetId, int number)
    {
        var body = JsonSerializer.Serialize(new
        {
            type = "image",
            image = new { type = "asset_id", asset_id = assetId },
            title = "video " + number.ToString(CultureInfo.InvariantCulture),
            script = "Hello there. This is a test.",
            voice_id = "ef3243cb71ba7aee00fb1cdcd95823f2",
        });
        using var response = await client.PostAsync("v3/videos", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        return (await JsonAsync(response)).GetProperty("data").GetProperty("video_id").GetString()!;
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {text}");
        }

        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static long Heap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static void Report(string what, string value)
    {
        s_rows.Add((what, value));
        Console.WriteLine($"| {what} | {value} |");
    }
}

using System.Diagnostics;
using System.Globalization;
using AvatarIV.Benchmarks.Scale;
using AvatarIV.Core;

namespace AvatarIV.Benchmarks.All;

/// <summary>
/// 200 MiB download and upload (issue 12): AvatarIV.Core against curl, alternating which goes first. Each Core round is a
/// fresh process that transfers twice with one client: the first transfer (cold: client constructor, JIT and transfer,
/// which a native curl never pays) and the second (warm: the transfer alone), each with its own peak RSS growth.
/// Downloads come from a bare Kestrel file endpoint (the mock would have to render a 200 MiB video); uploads go to the
/// mock's <c>POST /v3/assets</c>.
/// </summary>
internal static class Transfers
{
    private const string Key = "bench-key";
    private const long Size = 200L * 1024 * 1024;

    /// <summary>The child: transfers twice and prints "cold_seconds cold_rss_growth warm_seconds warm_rss_growth".</summary>
    public static async Task ChildAsync(string direction, Uri uri, string path)
    {
        var residentBefore = Memory("VmRSS:");
        var stopwatch = Stopwatch.StartNew();
        var root = new Uri(uri.GetLeftPart(UriPartial.Authority) + "/");
        using var client = new AvatarIVClient(new AvatarIVClientOptions { ApiKey = Key, BaseUri = root, UploadUri = root });
        await TransferAsync(client, direction, uri, path);
        var cold = stopwatch.Elapsed.TotalSeconds;
        var coldGrowth = Memory("VmHWM:") - residentBefore;

        // Writing 5 to clear_refs resets the peak (VmHWM) to the current RSS, so the warm row's growth is its own.
        await File.WriteAllTextAsync("/proc/self/clear_refs", "5");
        residentBefore = Memory("VmRSS:");
        stopwatch.Restart();
        await TransferAsync(client, direction, uri, path);
        var warm = stopwatch.Elapsed.TotalSeconds;
        var warmGrowth = Memory("VmHWM:") - residentBefore;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{cold:0.#####} {coldGrowth} {warm:0.#####} {warmGrowth}"));
    }

    public static async Task<string> RunAsync(int rounds)
    {
        var work = Directory.CreateTempSubdirectory("avatariv-transfer-").FullName;
        try
        {
            var source = Path.Combine(work, "big.jpg");
            await WriteSourceAsync(source);
            await using var files = await ChildProcess.StartAsync(ChildProcess.BenchDll, "bare-file", source);
            await using var mock = await ChildProcess.StartAsync(ChildProcess.MockDll, "--max-upload-mb", "256", "--max-assets-per-key", "1");
            var downloadUri = new Uri(files.BaseUri, "file");
            var uploadUri = new Uri(mock.BaseUri, "v3/assets");
            var target = Path.Combine(work, "out.bin");

            var download = await AlternateAsync(rounds,
                () => CurlAsync("-o", target, downloadUri.ToString()),
                () => CoreAsync("download", downloadUri, target));
            var upload = await AlternateAsync(rounds,
                () => CurlAsync("-o", "/dev/null", "-H", $"X-Api-Key: {Key}", "-F", $"file=@{source};type=image/jpeg", uploadUri.ToString()),
                () => CoreAsync("upload", mock.BaseUri, source));

            return BenchmarkSections.Table(
                [$"200 MiB, median of {rounds} rounds", "throughput", "IQR", "ratio to curl", "peak RSS growth (max)"],
                [
                    Row("download: curl (baseline)", download.Curl, download.Curl, null),
                    Row("download: Core `DownloadVideoAsync`, cold (new process: client, JIT, transfer)", download.Cold.Seconds, download.Curl, download.Cold.Rss),
                    Row("download: Core `DownloadVideoAsync`, warm (2nd transfer, same client)", download.Warm.Seconds, download.Curl, download.Warm.Rss),
                    Row("upload: curl -F (baseline)", upload.Curl, upload.Curl, null),
                    Row("upload: Core `UploadAssetAsync`, cold (new process: client, JIT, transfer)", upload.Cold.Seconds, upload.Curl, upload.Cold.Rss),
                    Row("upload: Core `UploadAssetAsync`, warm (2nd transfer, same client)", upload.Warm.Seconds, upload.Curl, upload.Warm.Rss),
                ]);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task TransferAsync(AvatarIVClient client, string direction, Uri uri, string path)
    {
        if (direction == "download")
        {
            var video = new Video { VideoId = "bench", Status = VideoStatus.Completed, VideoUrl = uri.ToString() };
            await client.DownloadVideoAsync(video, path, new DownloadOptions { Overwrite = true });
        }
        else
        {
            await using var file = File.OpenRead(path);
            await client.UploadAssetAsync(file, "big.jpg", "image/jpeg");
        }
    }

    private static IReadOnlyList<string> Row(string name, List<double> seconds, List<double> baselineSeconds, List<double>? rss)
    {
        var throughput = Stats.Of(seconds.Select(s => Size / 1048576.0 / s));
        var baseline = Stats.Of(baselineSeconds.Select(s => Size / 1048576.0 / s));
        return
        [
            name, Stats.F(throughput.Median, "0") + " MiB/s", throughput.Iqr("0"), Stats.F(throughput.Median / baseline.Median),
            rss is null ? "–" : Stats.F(rss.Max() / 1048576.0, "0.0") + " MB",
        ];
    }

    private static async Task<(List<double> Curl, Timings Cold, Timings Warm)> AlternateAsync(int rounds, Func<Task<double>> curl, Func<Task<double[]>> core)
    {
        List<double> curlTimes = [];
        Timings cold = new([], []), warm = new([], []);
        for (var round = 0; round < rounds; round++)
        {
            if (round % 2 == 0)
            {
                curlTimes.Add(await curl());
            }

            var result = await core();
            cold.Add(result[0], result[1]);
            warm.Add(result[2], result[3]);
            if (round % 2 == 1)
            {
                curlTimes.Add(await curl());
            }
        }

        return (curlTimes, cold, warm);
    }

    private static async Task<double> CurlAsync(params string[] args)
    {
        var output = await ChildProcess.RunProgramToEndAsync("curl", ["-sS", "--fail", "-w", "%{time_total}", .. args]);
        return double.Parse(output.Trim(), CultureInfo.InvariantCulture);
    }

    /// <summary>One child's "cold_seconds cold_rss warm_seconds warm_rss".</summary>
    private static async Task<double[]> CoreAsync(string direction, Uri uri, string path) =>
        (await ChildProcess.RunToEndAsync(ChildProcess.BenchDll, "transfer", direction, uri.ToString(), path))
            .Trim().Split(' ').Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray();

    private sealed record Timings(List<double> Seconds, List<double> Rss)
    {
        public void Add(double seconds, double rss)
        {
            Seconds.Add(seconds);
            Rss.Add(rss);
        }
    }

    /// <summary>A JPEG (the mock sniffs uploads) padded to 200 MiB.</summary>
    private static async Task WriteSourceAsync(string path)
    {
        await using var file = File.Create(path);
        var jpeg = AvatarIV.TestSupport.SampleMedia.Jpeg(640, 640);
        await file.WriteAsync(jpeg);
        var zeros = new byte[1024 * 1024];
        for (var written = (long)jpeg.Length; written < Size; written += zeros.Length)
        {
            await file.WriteAsync(zeros.AsMemory(0, (int)Math.Min(zeros.Length, Size - written)));
        }
    }

    private static long Memory(string field)
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }
}

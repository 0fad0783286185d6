using AvatarIV.Core.Http;

namespace AvatarIV.Core.Downloads;

/// <summary>
/// Saves a finished video (and optionally its thumbnail) from its presigned link. The link needs no key, so none is sent.
/// An expired link (403/404) is replaced once by a fresh one from a status read.
/// </summary>
internal sealed class VideoDownloader : IDisposable
{
    private const int BufferSize = 81920;

    private readonly HttpClient _http;
    private readonly AvatarIVClientOptions _options;
    private readonly Func<string, CancellationToken, Task<Video>> _refresh;

    public VideoDownloader(AvatarIVClientOptions options, Func<string, CancellationToken, Task<Video>> refresh)
    {
        _options = options;
        _refresh = refresh;
        _http = new HttpClient { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
    }

    public async Task<DownloadResult> DownloadAsync(Video video, string path, DownloadOptions options, IProgress<TransferProgress>? progress, CancellationToken cancellationToken)
    {
        var target = Path.GetFullPath(path);
        var thumbnail = options.IncludeThumbnail ? Path.GetFullPath(options.ThumbnailPath ?? Path.ChangeExtension(target, ".jpg")) : null;
        AtomicFile.RequireWritable(target, options.Overwrite);
        if (thumbnail is not null)
        {
            AtomicFile.RequireWritable(thumbnail, options.Overwrite);
        }

        var ready = await EnsureReadyAsync(video, cancellationToken).ConfigureAwait(false);
        var bytes = await SaveAsync(ready, v => v.VideoUrl, target, options.Overwrite, progress, cancellationToken).ConfigureAwait(false);
        if (thumbnail is not null && !string.IsNullOrEmpty(ready.ThumbnailUrl))
        {
            await SaveAsync(ready, v => v.ThumbnailUrl, thumbnail, options.Overwrite, null, cancellationToken).ConfigureAwait(false);
        }

        return new DownloadResult(ready.VideoId, target, bytes, thumbnail is not null && File.Exists(thumbnail) ? thumbnail : null);
    }

    public void Dispose() => _http.Dispose();

    private static void Report(IProgress<TransferProgress>? progress, long done, long? total) => progress?.Report(new TransferProgress(done, total));

    private async Task<Video> EnsureReadyAsync(Video video, CancellationToken cancellationToken)
    {
        var current = video.Status == VideoStatus.Completed && !string.IsNullOrEmpty(video.VideoUrl)
            ? video
            : await _refresh(video.VideoId, cancellationToken).ConfigureAwait(false);
        if (current.Status == VideoStatus.Failed)
        {
            throw new AvatarIVApiException(
                $"Video {current.VideoId} failed to render ({current.Error?.Code}: {current.Error?.Message}), so there is nothing to download.",
                0,
                AvatarIVErrorCodes.VideoFailed,
                current.Surface,
                isRetryable: false);
        }

        if (current.Status != VideoStatus.Completed || string.IsNullOrEmpty(current.VideoUrl))
        {
            throw new AvatarIVApiException(
                $"Video {current.VideoId} is {current.Status}, not completed, so it has no file yet. Wait for it first (WaitForVideosAsync / Wait-AvatarIVVideo).",
                0,
                AvatarIVErrorCodes.VideoNotReady,
                current.Surface,
                isRetryable: true);
        }

        return current;
    }

    private async Task<long> SaveAsync(Video video, Func<Video, string?> link, string target, bool overwrite, IProgress<TransferProgress>? progress, CancellationToken cancellationToken)
    {
        using var transfer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        transfer.CancelAfter(_options.TransferTimeout);
        try
        {
            using var attempt = await OpenAsync(video, link, transfer.Token).ConfigureAwait(false);
            var response = attempt.Response!;
            var total = response.Content.Headers.ContentLength;
            return await AtomicFile.WriteAsync(
                target,
                overwrite,
                async (file, token) =>
                {
                    using var body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
                    var buffer = new byte[BufferSize];
                    long done = 0;
                    int read;
                    while ((read = await body.ReadAsync(buffer, 0, buffer.Length, token).ConfigureAwait(false)) > 0)
                    {
                        await file.WriteAsync(buffer, 0, read, token).ConfigureAwait(false);
                        done += read;
                        Report(progress, done, total);
                    }

                    return done;
                },
                transfer.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new AvatarIVApiException(
                $"Downloading video {video.VideoId} took longer than {_options.TransferTimeout}. Raise TransferTimeout or try again.",
                0,
                AvatarIVErrorCodes.Timeout,
                video.Surface,
                isRetryable: true);
        }
    }

    /// <summary>GETs the link (retrying 429/5xx/network like any read); on 403/404 fetches a fresh link once.</summary>
    private async Task<DownloadAttempt> OpenAsync(Video video, Func<Video, string?> link, CancellationToken cancellationToken)
    {
        var attempt = await GetAsync(link(video)!, cancellationToken).ConfigureAwait(false);
        if (attempt.StatusCode is 403 or 404)
        {
            attempt.Dispose();
            var fresh = await _refresh(video.VideoId, cancellationToken).ConfigureAwait(false);
            if (string.IsNullOrEmpty(link(fresh)))
            {
                throw Refused(video, 0, "the video no longer has a download link");
            }

            attempt = await GetAsync(link(fresh)!, cancellationToken).ConfigureAwait(false);
            if (attempt.StatusCode is 403 or 404)
            {
                var status = attempt.StatusCode;
                attempt.Dispose();
                throw Refused(video, status, "even a freshly minted link was refused");
            }
        }

        if (attempt.Response is null || !attempt.Response.IsSuccessStatusCode)
        {
            var status = attempt.StatusCode;
            var cause = attempt.Failure;
            attempt.Dispose();
            throw status == 0
                ? new AvatarIVApiException($"Downloading video {video.VideoId} got no answer ({cause?.GetType().Name}: {cause?.Message}).", 0, AvatarIVErrorCodes.NetworkError, video.Surface, true)
                : Refused(video, status, "the media host refused it");
        }

        return attempt;
    }

    private AvatarIVApiException Refused(Video video, int status, string why) =>
        new(
            $"Downloading video {video.VideoId} failed (HTTP {status}): {why}. Read the video again (Get-AvatarIVVideo) and retry.",
            status,
            status is 403 or 404 ? AvatarIVErrorCodes.DownloadUrlExpired : AvatarIVErrorCodes.ServerError,
            video.Surface,
            isRetryable: status is 0 or 429 or >= 500);

    private async Task<DownloadAttempt> GetAsync(string url, CancellationToken cancellationToken)
    {
        var pipeline = RetryPipelines.Create<DownloadAttempt>(
            _options.Retry, RetrySafety.Safe, DownloadAttempt.Classify, _options.OnRetry, "GET", new Uri(url).AbsolutePath);
        return await pipeline.ExecuteAsync(
            async token =>
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                DownloadAttempt attempt;
                try
                {
                    var response = await _http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
                    attempt = new DownloadAttempt(response, null);
                }
                catch (HttpRequestException ex)
                {
                    token.ThrowIfCancellationRequested();
                    attempt = new DownloadAttempt(null, ex);
                }

                _options.OnRequest?.Invoke(new RequestNotice("GET", StripQuery(url), attempt.StatusCode, clock.Elapsed));
                return attempt;
            },
            cancellationToken).ConfigureAwait(false);
    }

    // Presigned links carry their signature in the query; notices show only where the file lives.
    private static string StripQuery(string url) => url.Split('?')[0];
}

using System.Net.Http.Headers;
using AvatarIV.Core.Http;

namespace AvatarIV.Core.Downloads;

/// <summary>
/// Saves a finished video (and optionally its thumbnail) from its presigned link. The link needs no key, so none is sent.
/// An expired link (403/404) is replaced once by a fresh one from a status read. With <see cref="DownloadOptions.Resume"/>
/// an interrupted download keeps its partial file, and the next attempt asks only for the rest (<c>Range</c>).
/// </summary>
internal sealed class VideoDownloader : IDisposable
{
    private readonly Lazy<HttpClient> _http;
    private readonly AvatarIVClientOptions _options;
    private readonly Func<string, CancellationToken, Task<Video>> _refresh;
    private readonly RetryPipeline<DownloadAttempt> _retries;

    public VideoDownloader(AvatarIVClientOptions options, Func<string, CancellationToken, Task<Video>> refresh)
    {
        _options = options;
        _refresh = refresh;
        _retries = new RetryPipeline<DownloadAttempt>(options, DownloadAttempt.Classify);
        // Made on the first download: a client that only creates or waits never builds a second HTTP stack.
        _http = new Lazy<HttpClient>(
            () =>
            {
                var http = new HttpClient { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
                http.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
                return http;
            },
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public async Task<DownloadResult> DownloadAsync(Video video, string path, DownloadOptions options, IProgress<TransferProgress>? progress, CancellationToken cancellationToken)
    {
        var target = Path.GetFullPath(path);
        var link = LinkOf(options.Asset);
        var withThumbnail = options.IncludeThumbnail && options.Asset is VideoAsset.Video or VideoAsset.Captioned;
        var thumbnail = withThumbnail ? Path.GetFullPath(options.ThumbnailPath ?? Path.ChangeExtension(target, ".jpg")) : null;
        AtomicFile.RequireWritable(target, options.Overwrite);
        if (thumbnail is not null)
        {
            AtomicFile.RequireWritable(thumbnail, options.Overwrite);
        }

        var ready = await EnsureReadyAsync(video, options.Asset, cancellationToken).ConfigureAwait(false);
        var parts = new List<DownloadedPart> { await FetchAsync(ready, link, target, options, progress, cancellationToken).ConfigureAwait(false) };
        if (thumbnail is not null && !string.IsNullOrEmpty(ready.ThumbnailUrl))
        {
            try
            {
                parts.Add(await FetchAsync(ready, v => v.ThumbnailUrl, thumbnail, options, null, cancellationToken).ConfigureAwait(false));
            }
            catch when (!options.Resume)
            {
                // The video and its thumbnail are one unit: without the thumbnail, the video is not saved either, so a retry starts clean.
                AtomicFile.Discard(parts);
                throw;
            }
        }

        AtomicFile.Commit(parts, options.Overwrite);
        return new DownloadResult(ready.VideoId, target, parts[0].Bytes, parts.Count > 1 ? thumbnail : null);
    }

    /// <summary>The link of each asset a finished video may have.</summary>
    public static Func<Video, string?> LinkOf(VideoAsset asset) => asset switch
    {
        VideoAsset.Captioned => v => v.CaptionedVideoUrl,
        VideoAsset.Subtitle => v => v.SubtitleUrl,
        VideoAsset.Thumbnail => v => v.ThumbnailUrl,
        _ => v => v.VideoUrl,
    };

    public void Dispose()
    {
        if (_http.IsValueCreated)
        {
            _http.Value.Dispose();
        }
    }

    private async Task<Video> EnsureReadyAsync(Video video, VideoAsset asset, CancellationToken cancellationToken)
    {
        var link = LinkOf(asset);
        var current = video.Status == VideoStatus.Completed && !string.IsNullOrEmpty(link(video))
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

        if (current.Status == VideoStatus.Completed && asset != VideoAsset.Video && string.IsNullOrEmpty(link(current)))
        {
            throw new AvatarIVApiException(
                $"Video {current.VideoId} is completed but has no {Describe(asset)}. {HowToGet(asset)}",
                0,
                AvatarIVErrorCodes.AssetNotAvailable,
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

    private static string Describe(VideoAsset asset) => asset switch
    {
        VideoAsset.Captioned => "captioned video",
        VideoAsset.Subtitle => "subtitle file",
        VideoAsset.Thumbnail => "thumbnail",
        _ => "video file",
    };

    private static string HowToGet(VideoAsset asset) => asset switch
    {
        VideoAsset.Captioned => "A captioned video exists only when the video was created with a caption style (CaptionStyle / New-AvatarIVVideo -CaptionStyle).",
        VideoAsset.Subtitle => "Subtitles exist only when the video was created with captions (Caption / New-AvatarIVVideo -Caption).",
        _ => "HeyGen did not provide one for this video.",
    };

    /// <summary>Fetches one file into its part file (continuing a kept one with <see cref="DownloadOptions.Resume"/>); nothing is renamed yet.</summary>
    private async Task<DownloadedPart> FetchAsync(Video video, Func<Video, string?> link, string target, DownloadOptions options, IProgress<TransferProgress>? progress, CancellationToken cancellationToken)
    {
        using var transfer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        transfer.CancelAfter(_options.TransferTimeout);
        var temp = AtomicFile.TemporaryPath(target, video.VideoId);
        AtomicFile.RemoveStaleParts(target, keep: options.Resume ? temp : null);
        try
        {
            using var attempt = await OpenAsync(video, link, options.Resume ? AtomicFile.PartialLength(temp) : 0, transfer.Token).ConfigureAwait(false);
            var response = attempt.Response!;
            var (offset, total) = Extent(response);
            return await AtomicFile.WriteAsync(
                target,
                temp,
                offset,
                options.Resume,
                (file, token) => BodyCopier.CopyAsync(response, file, offset, total, progress, why => Interrupted(video, options, why), token, options.CopyBufferSize),
                transfer.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new AvatarIVApiException(
                $"Downloading video {video.VideoId} took longer than {_options.TransferTimeout}. Raise TransferTimeout or try again{(options.Resume ? " (the partial file is kept and continued)" : string.Empty)}.",
                0,
                AvatarIVErrorCodes.Timeout,
                video.Surface,
                isRetryable: true);
        }
    }

    private static AvatarIVApiException Interrupted(Video video, DownloadOptions options, string why) =>
        new(
            $"Downloading video {video.VideoId} was interrupted ({why}). Try again"
                + (options.Resume ? "; the partial file is kept and the next download continues it." : "."),
            0,
            AvatarIVErrorCodes.NetworkError,
            video.Surface,
            isRetryable: true);

    /// <summary>Where the body starts in the file and how long the whole file is (when the server says).</summary>
    private static (long Offset, long? Total) Extent(HttpResponseMessage response) =>
        response.StatusCode == System.Net.HttpStatusCode.PartialContent && response.Content.Headers.ContentRange is { From: { } from, Length: var length }
            ? (from, length)
            : (0, response.Content.Headers.ContentLength);

    /// <summary>GETs the link (retrying 429/5xx/network like any read); on 403/404 fetches a fresh link once.</summary>
    /// <remarks>
    /// With <paramref name="offset"/> &gt; 0 asks for the rest only; an answer that cannot continue the partial file
    /// (416, or a 206 for another range) is dropped and the whole file is asked for instead. A 200 starts over by itself.
    /// </remarks>
    private async Task<DownloadAttempt> OpenAsync(Video video, Func<Video, string?> link, long offset, CancellationToken cancellationToken)
    {
        var attempt = await GetAsync(link(video)!, offset, cancellationToken).ConfigureAwait(false);
        if (attempt.StatusCode is 403 or 404)
        {
            attempt.Dispose();
            var fresh = await _refresh(video.VideoId, cancellationToken).ConfigureAwait(false);
            if (string.IsNullOrEmpty(link(fresh)))
            {
                throw Refused(video, 0, "the video no longer has a download link");
            }

            attempt = await GetAsync(link(fresh)!, offset, cancellationToken).ConfigureAwait(false);
            if (attempt.StatusCode is 403 or 404)
            {
                var status = attempt.StatusCode;
                attempt.Dispose();
                throw Refused(video, status, "even a freshly minted link was refused");
            }
        }

        if (offset > 0 && attempt.Response is { } answer && !Continues(answer, offset))
        {
            attempt.Dispose();
            return await OpenAsync(video, link, 0, cancellationToken).ConfigureAwait(false);
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

    /// <summary>Whether an answer to <c>Range: bytes=offset-</c> can be used: the rest of the file, or the whole file.</summary>
    private static bool Continues(HttpResponseMessage response, long offset) =>
        response.StatusCode != System.Net.HttpStatusCode.PartialContent
            ? (int)response.StatusCode != 416
            : response.Content.Headers.ContentRange is { Unit: "bytes", From: { } from, Length: { } length } && from == offset && length > offset;

    private AvatarIVApiException Refused(Video video, int status, string why) =>
        new(
            $"Downloading video {video.VideoId} failed (HTTP {status}): {why}. Read the video again (Get-AvatarIVVideo) and retry.",
            status,
            status is 403 or 404 ? AvatarIVErrorCodes.DownloadUrlExpired : AvatarIVErrorCodes.ServerError,
            video.Surface,
            isRetryable: status is 0 or 429 or >= 500);

    private async Task<DownloadAttempt> GetAsync(string url, long offset, CancellationToken cancellationToken)
    {
        return await _retries.ExecuteAsync(
            RetrySafety.Safe,
            "GET",
            new Uri(url).AbsolutePath,
            async token =>
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                DownloadAttempt attempt;
                try
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, url);
                    if (offset > 0)
                    {
                        request.Headers.Range = new RangeHeaderValue(offset, null);
                    }

                    var response = await _http.Value.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
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

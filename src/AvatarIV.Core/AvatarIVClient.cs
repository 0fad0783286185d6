using AvatarIV.Core.Downloads;
using AvatarIV.Core.Facts;
using AvatarIV.Core.Http;
using AvatarIV.Core.Surfaces;
using AvatarIV.Core.Waiting;

namespace AvatarIV.Core;

/// <summary>
/// The HeyGen Avatar IV client: uploads, video creation, status, waiting, downloads, voices and credits,
/// and on v3 avatar looks and batches (AvatarIVClient.Looks.cs, AvatarIVClient.Batches.cs),
/// on the v3 or the legacy surface (one domain model for both). Thread-safe; dispose when done.
/// </summary>
public sealed partial class AvatarIVClient : IDisposable
{
    private readonly ApiTransport _transport;
    private readonly ISurfaceApi _surface;
    private readonly Func<TimeSpan, CancellationToken, Task>? _pollDelay;

    // v3-only features (avatar looks, batches); null on the legacy surface.
    private readonly V3Api? _v3;

    // Made on first use (Once): a cold process pays only for what it calls, so the constructor stays close to a bare RestClient's.
    private VideoDownloader? _downloader;
    private VideoWaiter? _waiter;
    private V3Looks? _looks;
    private V3Batches? _batches;
    private BatchWaiter? _batchWaiter;

    /// <summary>Creates a client; refuses options that would leak the key or cannot work (<see cref="AvatarIVConfigurationException"/>).</summary>
    public AvatarIVClient(AvatarIVClientOptions options)
        : this(options, null, null)
    {
    }

    /// <param name="options">The client options.</param>
    /// <param name="loadFacts">Where HeyGen's facts come from (null = the embedded file); called once, on first use, never by the constructor.</param>
    /// <param name="pollDelay">The pause between polling rounds (null = Task.Delay).</param>
    internal AvatarIVClient(AvatarIVClientOptions options, Func<HeyGenFacts>? loadFacts, Func<TimeSpan, CancellationToken, Task>? pollDelay)
    {
        Options = options ?? throw new ArgumentNullException(nameof(options));
        options.Validate();

        // Only credit reads need the facts; a client that only waits or downloads never pays for parsing them.
        var facts = new Lazy<HeyGenFacts>(loadFacts ?? (() => HeyGenFacts.Default), LazyThreadSafetyMode.ExecutionAndPublication);
        _transport = new ApiTransport(options);
        _pollDelay = pollDelay;
        UploadUri = options.EffectiveUploadUri;
        if (options.Surface == ApiSurface.Legacy)
        {
            _surface = new LegacyApi(_transport, options, facts);
        }
        else
        {
            _v3 = new V3Api(_transport, options, facts);
            _surface = _v3;
        }
    }

    public AvatarIVClientOptions Options { get; }

    /// <summary>Where this client sends uploads (<see cref="AvatarIVClientOptions.EffectiveUploadUri"/> at construction).</summary>
    public Uri UploadUri { get; }

    /// <summary>Uploads a photo or audio track, streaming it; the type is read from the bytes when the stream can be peeked.</summary>
    public Task<UploadedAsset> UploadAssetAsync(
        Stream content,
        string fileName,
        string? contentType = null,
        IProgress<TransferProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        if (content is null || !content.CanRead)
        {
            throw new ArgumentException("Pass a readable stream to upload.", nameof(content));
        }

        var name = string.IsNullOrWhiteSpace(fileName) ? "upload" : Path.GetFileName(fileName);
        var (kind, type) = UploadTypes.Resolve(content, name, contentType);
        return _surface.UploadAsync(new UploadSource(content, name, type, kind, progress), cancellationToken);
    }

    /// <summary>Uploads a file from disk, streaming it.</summary>
    public async Task<UploadedAsset> UploadFileAsync(string path, IProgress<TransferProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            throw new AvatarIVValidationException(ValidationCodes.InvalidValue, $"The file '{path}' does not exist. Check the path.", nameof(path));
        }

        // Unbuffered (1): the upload reads whole 256 KiB chunks, which a FileStream buffer would only copy once more.
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, useAsync: true);
        return await UploadAssetAsync(file, Path.GetFileName(path), null, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts an Avatar IV render after local checks. On v3 the create carries an Idempotency-Key so it can be retried safely.</summary>
    public Task<CreatedVideo> CreateVideoAsync(CreateVideoRequest request, CancellationToken cancellationToken = default)
    {
        CreateRequestRules.Validate(request, Options.Surface);
        return _surface.CreateVideoAsync(request, cancellationToken);
    }

    /// <summary>One video's current state; a failed render is a <see cref="Video"/> with <see cref="Video.Error"/>, not an exception.</summary>
    public Task<Video> GetVideoAsync(string videoId, CancellationToken cancellationToken = default) =>
        _surface.GetVideoAsync(RequireId(videoId), cancellationToken);

    /// <summary>Every video of the account, page after page.</summary>
    public IAsyncEnumerable<Video> ListVideosAsync(VideoListQuery? query = null, CancellationToken cancellationToken = default) =>
        _surface.ListVideosAsync(query ?? new VideoListQuery(), cancellationToken);

    public Task DeleteVideoAsync(string videoId, CancellationToken cancellationToken = default) =>
        _surface.DeleteVideoAsync(RequireId(videoId), cancellationToken);

    public Task<IReadOnlyList<Voice>> GetVoicesAsync(VoiceQuery? query = null, CancellationToken cancellationToken = default) =>
        _surface.GetVoicesAsync(query ?? new VoiceQuery(), cancellationToken);

    public Task<CreditBalance> GetCreditsAsync(CancellationToken cancellationToken = default) =>
        _surface.GetCreditsAsync(cancellationToken);

    /// <summary>Waits for all videos; the results come in the order the videos finished (timed-out ones last).</summary>
    public async Task<IReadOnlyList<VideoWaitResult>> WaitForVideosAsync(IEnumerable<string> videoIds, WaitOptions? options = null, CancellationToken cancellationToken = default)
    {
        var results = new List<VideoWaitResult>();
        await foreach (var result in WaitForVideosStreamAsync(videoIds, options, cancellationToken).ConfigureAwait(false))
        {
            results.Add(result);
        }

        return results;
    }

    /// <summary>Yields each video as soon as it completes or fails; at the timeout, the rest as <see cref="WaitOutcome.TimedOut"/>.</summary>
    public IAsyncEnumerable<VideoWaitResult> WaitForVideosStreamAsync(IEnumerable<string> videoIds, WaitOptions? options = null, CancellationToken cancellationToken = default) =>
        Waiter.WaitAsync(videoIds, options ?? new WaitOptions(), cancellationToken);

    /// <summary>Saves a completed video atomically; re-reads the video when its link is missing or expired.</summary>
    public Task<DownloadResult> DownloadVideoAsync(
        Video video,
        string path,
        DownloadOptions? options = null,
        IProgress<TransferProgress>? progress = null,
        CancellationToken cancellationToken = default) =>
        Downloader.DownloadAsync(video ?? throw new ArgumentNullException(nameof(video)), RequirePath(path), options ?? new DownloadOptions(), progress, cancellationToken);

    public async Task<DownloadResult> DownloadVideoAsync(
        string videoId,
        string path,
        DownloadOptions? options = null,
        IProgress<TransferProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var video = await GetVideoAsync(videoId, cancellationToken).ConfigureAwait(false);
        return await DownloadVideoAsync(video, path, options, progress, cancellationToken).ConfigureAwait(false);
    }

    public void Dispose()
    {
        Volatile.Read(ref _downloader)?.Dispose();
        _transport.Dispose();
    }

    public override string ToString() => $"AvatarIVClient({Options})";

    private VideoDownloader Downloader => Volatile.Read(ref _downloader) ?? Once(ref _downloader, new VideoDownloader(Options, _surface.GetVideoAsync));

    private VideoWaiter Waiter => Volatile.Read(ref _waiter) ?? Once(ref _waiter, new VideoWaiter(_surface, Options, _pollDelay));

    /// <summary>Publishes <paramref name="made"/> unless another thread got there first (then theirs is used; ours held nothing yet).</summary>
    private static T Once<T>(ref T? field, T made)
        where T : class =>
        Interlocked.CompareExchange(ref field, made, null) ?? made;

    private static string RequireId(string videoId) =>
        string.IsNullOrWhiteSpace(videoId)
            ? throw new AvatarIVValidationException(ValidationCodes.InvalidValue, "A video id is required (the VideoId a create returned).", nameof(videoId))
            : videoId.Trim();

    private static string RequirePath(string path) =>
        string.IsNullOrWhiteSpace(path)
            ? throw new AvatarIVValidationException(ValidationCodes.InvalidValue, "A target path for the download is required.", nameof(path))
            : path;
}

namespace AvatarIV.Core.Surfaces;

/// <summary>One API surface's mapping between the domain model and its routes and JSON.</summary>
internal interface ISurfaceApi
{
    ApiSurface Surface { get; }

    Task<UploadedAsset> UploadAsync(UploadSource source, CancellationToken cancellationToken);

    Task<CreatedVideo> CreateVideoAsync(CreateVideoRequest request, CancellationToken cancellationToken);

    Task<Video> GetVideoAsync(string videoId, CancellationToken cancellationToken);

    IAsyncEnumerable<Video> ListVideosAsync(VideoListQuery query, CancellationToken cancellationToken);

    Task DeleteVideoAsync(string videoId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Voice>> GetVoicesAsync(VoiceQuery query, CancellationToken cancellationToken);

    Task<CreditBalance> GetCreditsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Current state of many videos, each yielded as soon as it is read. A read that fails (after its retries) is yielded as that
    /// video's error, never thrown; an id the server does not know comes back <see cref="VideoStatus.Failed"/> with code <c>not_found</c>.
    /// </summary>
    IAsyncEnumerable<VideoRead> PollAsync(IReadOnlyList<string> videoIds, int maxParallelism, CancellationToken cancellationToken);
}

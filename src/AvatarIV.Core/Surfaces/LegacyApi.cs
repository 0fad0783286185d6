using System.Globalization;
using System.Text.Json;
using AvatarIV.Core.Facts;
using AvatarIV.Core.Http;
using RestSharp;

namespace AvatarIV.Core.Surfaces;

/// <summary>
/// The legacy v1/v2 surface the original guide targets: raw-body uploads to the upload host, <c>/v2/video/av4/generate</c>,
/// <c>/v1/video_status.get</c>, <c>/v1/video.list</c>, <c>/v1/video.delete</c>, <c>/v2/voices</c>, <c>/v2/user/remaining_quota</c>.
/// </summary>
internal sealed class LegacyApi : ISurfaceApi
{
    /// <summary>The guide requires <c>video_title</c>; this one is sent when the caller gives none.</summary>
    public const string DefaultTitle = "AvatarIV video";

    private const string CreateNotRetried =
        "A legacy create is never repeated automatically because HeyGen's v2 API has no idempotency key; the video may have been created, so list videos before trying again.";

    private readonly ApiTransport _transport;
    private readonly AvatarIVClientOptions _options;
    private readonly Lazy<HeyGenFacts> _facts;

    public LegacyApi(ApiTransport transport, AvatarIVClientOptions options, Lazy<HeyGenFacts> facts)
    {
        _transport = transport;
        _options = options;
        _facts = facts;
    }

    public ApiSurface Surface => ApiSurface.Legacy;

    private ApiErrorFactory Errors => _transport.Errors;

    public async Task<UploadedAsset> UploadAsync(UploadSource source, CancellationToken cancellationToken)
    {
        var start = source.Content.CanSeek ? source.Content.Position : 0;
        var call = new ApiCall(Method.Post, "v1/asset", _options.TransferTimeout, UploadSafety.For(source))
        {
            OnUploadHost = true,
            Configure = request =>
            {
                // HeyGen wants the bytes as the body with the file's MIME type, not a multipart form.
                request.AlwaysSingleFileAsContent = true;
                request.AddFile("file", () => UploadSafety.Rewound(source, start), source.FileName, source.ContentType);
            },
        };
        var (answer, data) = await SendAsync<LegacyAsset>(call, cancellationToken).ConfigureAwait(false);
        var id = data.Id ?? throw Errors.Malformed(call, answer.StatusCode, answer.Content, answer.RequestId, "no data.id");
        return new UploadedAsset
        {
            AssetId = id,
            ImageKey = data.ImageKey,
            Url = data.Url,
            Kind = source.Kind,
            MimeType = source.ContentType,
            FileType = data.FileType ?? Media.MediaSniffer.FileType(source.Kind),
            SizeBytes = source.Length ?? 0,
            FileName = source.FileName,
            Surface = ApiSurface.Legacy,
        };
    }

    public async Task<CreatedVideo> CreateVideoAsync(CreateVideoRequest request, CancellationToken cancellationToken)
    {
        var body = WireJson.Serialize(new LegacyCreateVideoBody
        {
            ImageKey = request.ImageKey,
            VideoTitle = string.IsNullOrEmpty(request.Title) ? DefaultTitle : request.Title,
            Script = request.Script,
            VoiceId = request.VoiceId,
            AudioUrl = string.IsNullOrEmpty(request.AudioUrl) ? null : request.AudioUrl,
            AudioAssetId = string.IsNullOrEmpty(request.AudioAssetId) ? null : request.AudioAssetId,
            CustomMotionPrompt = request.MotionPrompt,
            EnhanceCustomMotionPrompt = request.EnhanceMotionPrompt,
            VideoOrientation = request.Orientation?.ToString().ToLowerInvariant(),
            Fit = request.Fit?.ToString().ToLowerInvariant(),
            Caption = request.WantsCaptions ? true : null,
            FolderId = string.IsNullOrEmpty(request.FolderId) ? null : request.FolderId,
            CallbackUrl = request.CallbackUrl,
            CallbackId = request.CallbackId,
        });
        var call = new ApiCall(Method.Post, "v2/video/av4/generate", _options.CreateTimeout, RetrySafety.RateLimitOnly)
        {
            StartsRender = true,
            Configure = r => r.AddStringBody(body, ContentType.Json),
            FailureHint = CreateNotRetried,
        };
        var (answer, data) = await SendAsync<LegacyCreated>(call, cancellationToken).ConfigureAwait(false);
        var id = data.VideoId ?? throw Errors.Malformed(call, answer.StatusCode, answer.Content, answer.RequestId, "no data.video_id");
        return new CreatedVideo(id, VideoStatus.Pending, ApiSurface.Legacy);
    }

    public async Task<Video> GetVideoAsync(string videoId, CancellationToken cancellationToken)
    {
        var call = Read("v1/video_status.get", r => r.AddQueryParameter("video_id", videoId));
        var (_, data) = await SendAsync<LegacyVideo>(call, cancellationToken).ConfigureAwait(false);
        return ToVideo(data, videoId);
    }

    public IAsyncEnumerable<Video> ListVideosAsync(VideoListQuery query, CancellationToken cancellationToken) =>
        Pages.ReadAllAsync<Video>(
            async (token, ct) =>
            {
                var call = Read("v1/video.list", r =>
                {
                    r.AddQueryParameter("limit", Math.Max(1, Math.Min(100, query.PageSize)).ToString(CultureInfo.InvariantCulture));
                    r.AddQueryIfSet("token", token);
                    r.AddQueryIfSet("folder_id", query.FolderId);
                });
                var (_, page) = await SendAsync<LegacyVideoPage>(call, ct).ConfigureAwait(false);

                // v1 has no title filter, so it is applied here.
                var videos = (page.Videos ?? [])
                    .Select(v => ToVideo(v, null))
                    .Where(v => string.IsNullOrEmpty(query.Title) || (v.Title?.IndexOf(query.Title, StringComparison.OrdinalIgnoreCase) ?? -1) >= 0)
                    .ToList();
                return (videos, page.Token);
            },
            cancellationToken);

    public Task DeleteVideoAsync(string videoId, CancellationToken cancellationToken) =>
        SendCheckedAsync<JsonElement>(
            new ApiCall(Method.Delete, "v1/video.delete", _options.RequestTimeout, RetrySafety.Safe) { Configure = r => r.AddQueryParameter("video_id", videoId) },
            cancellationToken);

    public async Task<IReadOnlyList<Voice>> GetVoicesAsync(VoiceQuery query, CancellationToken cancellationToken)
    {
        var (_, data) = await SendAsync<LegacyVoices>(Read("v2/voices"), cancellationToken).ConfigureAwait(false);
        var voices = (data.Voices ?? []).Select(v => new Voice
        {
            VoiceId = v.VoiceId ?? "",
            Name = v.Name ?? "",
            Language = v.Language,
            Gender = v.Gender,
            PreviewAudioUrl = v.PreviewAudio,
            SupportPause = v.SupportPause ?? false,
        });
        return VoiceFilter.Apply(voices, query);
    }

    public async Task<CreditBalance> GetCreditsAsync(CancellationToken cancellationToken)
    {
        var call = Read("v2/user/remaining_quota");
        var (answer, data) = await SendAsync<LegacyQuota>(call, cancellationToken).ConfigureAwait(false);
        var quota = data.RemainingQuota ?? throw Errors.Malformed(call, answer.StatusCode, answer.Content, answer.RequestId, "no data.remaining_quota");
        return new CreditBalance
        {
            RemainingCredits = (decimal)quota / _facts.Value.Ledger.QuotaUnitsPerCredit,
            QuotaUnits = quota,
            Surface = ApiSurface.Legacy,
        };
    }

    public IAsyncEnumerable<VideoRead> PollAsync(IReadOnlyList<string> videoIds, int maxParallelism, CancellationToken cancellationToken) =>
        BoundedParallel.InCompletionOrderAsync(videoIds, maxParallelism, (id, token) => VideoRead.CaptureAsync(id, () => PollOneAsync(id, token)), cancellationToken);

    // v1 answers "" for links it does not have (HeyGen's caption_url is observed as "").
    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static bool IsUnknownVideo(AvatarIVApiException ex) =>
        ex.StatusCode == 404 || ex.ErrorCode is AvatarIVErrorCodes.NotFound or "video_not_found" or "40031";

    private static Video ToVideo(LegacyVideo data, string? requestedId)
    {
        var status = StatusWords.Parse(data.Status);
        var error = data.Error is { } e && (e.Code is not null || e.Message is not null)
            ? new VideoError(WireReader.CodeText(e.Code) ?? AvatarIVErrorCodes.InternalError, e.Message ?? "The render failed.", e.Detail)
            : null;
        return new Video
        {
            VideoId = data.Id ?? data.VideoId ?? requestedId ?? "",
            Status = status,
            Title = data.VideoTitle ?? data.Title,
            VideoUrl = data.VideoUrl,
            ThumbnailUrl = data.ThumbnailUrl,
            GifUrl = data.GifUrl,
            SubtitleUrl = NullIfEmpty(data.CaptionUrl),
            CaptionedVideoUrl = NullIfEmpty(data.VideoUrlCaption),
            FolderId = NullIfEmpty(data.FolderId),
            DurationSeconds = data.Duration,
            CreatedAt = data.CreatedAt,
            CallbackId = data.CallbackId,
            Error = error ?? (status == VideoStatus.Failed ? new VideoError(AvatarIVErrorCodes.InternalError, "The render failed.", null) : null),
            Surface = ApiSurface.Legacy,
        };
    }

    private async Task<Video> PollOneAsync(string videoId, CancellationToken cancellationToken)
    {
        try
        {
            return await GetVideoAsync(videoId, cancellationToken).ConfigureAwait(false);
        }
        catch (AvatarIVApiException ex) when (IsUnknownVideo(ex))
        {
            return new Video
            {
                VideoId = videoId,
                Status = VideoStatus.Failed,
                Error = new VideoError(AvatarIVErrorCodes.NotFound, $"No video with id {videoId} exists for this API key.", null),
                Surface = ApiSurface.Legacy,
            };
        }
    }

    /// <summary>Sends, then checks the envelope: a v1 <c>code</c> other than 100, or a v2 <c>error</c> with a code, is an error even in a 200.</summary>
    private async Task<ApiAnswer<LegacyEnvelope<T>>> SendCheckedAsync<T>(ApiCall call, CancellationToken cancellationToken)
    {
        var answer = await _transport.SendAsync<LegacyEnvelope<T>>(call, cancellationToken).ConfigureAwait(false);
        if (answer.Body?.ErrorCode is { } code && code != ErrorBody.V1Success.ToString(CultureInfo.InvariantCulture))
        {
            throw Errors.FromAnswer(call, answer.StatusCode, answer.Content, answer.RequestId);
        }

        return answer;
    }

    private async Task<(ApiAnswer<LegacyEnvelope<T>> Answer, T Data)> SendAsync<T>(ApiCall call, CancellationToken cancellationToken)
        where T : class
    {
        var answer = await SendCheckedAsync<T>(call, cancellationToken).ConfigureAwait(false);
        return (answer, WireReader.Require(answer.Body?.Data, Errors, call, answer, "data"));
    }

    private ApiCall Read(string path, Action<RestRequest>? configure = null) =>
        new(Method.Get, path, _options.RequestTimeout, RetrySafety.Safe) { Configure = configure };
}

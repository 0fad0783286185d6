using System.Runtime.CompilerServices;
using AvatarIV.Core.Facts;
using AvatarIV.Core.Http;
using RestSharp;

namespace AvatarIV.Core.Surfaces;

/// <summary>The v3 surface: <c>/v3/assets</c>, <c>/v3/videos</c>, bulk statuses, <c>/v3/voices</c>, <c>/v3/users/me</c>.</summary>
internal sealed class V3Api : ISurfaceApi
{
    /// <summary>Most ids one bulk-status call may carry.</summary>
    public const int StatusBatchSize = 100;

    private const string CreateNote = "The video may have been created; list videos before trying again.";

    private readonly ApiTransport _transport;
    private readonly AvatarIVClientOptions _options;
    private readonly Lazy<HeyGenFacts> _facts;

    public V3Api(ApiTransport transport, AvatarIVClientOptions options, Lazy<HeyGenFacts> facts)
    {
        _transport = transport;
        _options = options;
        _facts = facts;
    }

    public ApiSurface Surface => ApiSurface.V3;

    internal ApiTransport Transport => _transport;

    internal AvatarIVClientOptions Options => _options;

    private ApiErrorFactory Errors => _transport.Errors;

    public async Task<UploadedAsset> UploadAsync(UploadSource source, CancellationToken cancellationToken)
    {
        var start = source.Content.CanSeek ? source.Content.Position : 0;
        var call = new ApiCall(Method.Post, "v3/assets", _options.TransferTimeout, UploadSafety.For(source))
        {
            OnUploadHost = true,
            Configure = request =>
            {
                request.AlwaysMultipartFormData = true;
                request.AddFile("file", () => UploadSafety.Rewound(source, start), source.FileName, source.ContentType);
            },
        };
        var answer = await _transport.SendAsync<V3Envelope<V3Asset>>(call, cancellationToken).ConfigureAwait(false);
        var data = WireReader.Require(answer.Body?.Data, Errors, call, answer, "data");
        return new UploadedAsset
        {
            AssetId = data.AssetId ?? data.Id ?? throw Errors.Malformed(call, answer.StatusCode, answer.Content, answer.RequestId, "no asset_id"),
            Url = data.Url,
            Kind = source.Kind,
            MimeType = data.MimeType ?? source.ContentType,
            FileType = Media.MediaSniffer.FileType(source.Kind),
            SizeBytes = data.SizeBytes ?? source.Length ?? 0,
            FileName = source.FileName,
            Surface = ApiSurface.V3,
        };
    }

    public async Task<CreatedVideo> CreateVideoAsync(CreateVideoRequest request, CancellationToken cancellationToken)
    {
        var idempotencyKey = string.IsNullOrEmpty(request.IdempotencyKey) ? "avatariv-" + Guid.NewGuid().ToString("N") : request.IdempotencyKey!;
        var body = WireJson.Serialize(V3VideoBody.From(request));

        // Safe to repeat: the server replays the first answer for the same Idempotency-Key instead of making a second video.
        var call = new ApiCall(Method.Post, "v3/videos", _options.CreateTimeout, RetrySafety.Safe)
        {
            StartsRender = true,
            Configure = r => r.AddHeader("Idempotency-Key", idempotencyKey).AddStringBody(body, ContentType.Json),
            FailureHint = CreateNote,
        };
        var answer = await _transport.SendAsync<V3Envelope<V3Created>>(call, cancellationToken).ConfigureAwait(false);
        var data = WireReader.Require(answer.Body?.Data, Errors, call, answer, "data");
        var id = data.VideoId ?? throw Errors.Malformed(call, answer.StatusCode, answer.Content, answer.RequestId, "no video_id");
        return new CreatedVideo(id, data.Status is null ? VideoStatus.Waiting : StatusWords.Parse(data.Status), ApiSurface.V3);
    }

    public async Task<Video> GetVideoAsync(string videoId, CancellationToken cancellationToken)
    {
        var call = Read("v3/videos/" + Uri.EscapeDataString(videoId));
        var answer = await _transport.SendAsync<V3Envelope<V3Video>>(call, cancellationToken).ConfigureAwait(false);
        var data = WireReader.Require(answer.Body?.Data, Errors, call, answer, "data");
        return ToVideo(data, videoId);
    }

    public IAsyncEnumerable<Video> ListVideosAsync(VideoListQuery query, CancellationToken cancellationToken) =>
        Pages.ReadAllAsync<Video>(
            async (token, ct) =>
            {
                var (items, next) = await ReadPageAsync<V3Video>("v3/videos", token, r =>
                {
                    r.AddQueryParameter("limit", Math.Max(1, Math.Min(100, query.PageSize)).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    r.AddQueryIfSet("title", query.Title);
                    r.AddQueryIfSet("folder_id", query.FolderId);
                }, ct).ConfigureAwait(false);
                return (items.Select(v => ToVideo(v, null)).ToList(), next);
            },
            cancellationToken);

    public Task DeleteVideoAsync(string videoId, CancellationToken cancellationToken) =>
        _transport.SendAsync(new ApiCall(Method.Delete, "v3/videos/" + Uri.EscapeDataString(videoId), _options.RequestTimeout, RetrySafety.Safe), cancellationToken);

    public async Task<IReadOnlyList<Voice>> GetVoicesAsync(VoiceQuery query, CancellationToken cancellationToken)
    {
        var voices = new List<Voice>();
        var pages = Pages.ReadAllAsync<V3Voice>(
            (token, ct) => ReadPageAsync<V3Voice>("v3/voices", token, r =>
            {
                r.AddQueryParameter("limit", "100");
                r.AddQueryIfSet("type", query.Type);
                r.AddQueryIfSet("language", query.Language);
                r.AddQueryIfSet("gender", query.Gender?.ToLowerInvariant());
            }, ct),
            cancellationToken);
        await foreach (var v in pages.ConfigureAwait(false))
        {
            voices.Add(new Voice
            {
                VoiceId = v.VoiceId ?? "",
                Name = v.Name ?? "",
                Language = v.Language,
                Gender = v.Gender,
                Type = v.Type,
                SupportPause = v.SupportPause ?? false,
                PreviewAudioUrl = v.PreviewAudioUrl,
            });
        }

        return VoiceFilter.Apply(voices, query);
    }

    public async Task<CreditBalance> GetCreditsAsync(CancellationToken cancellationToken)
    {
        var call = Read("v3/users/me");
        var answer = await _transport.SendAsync<V3Envelope<V3User>>(call, cancellationToken).ConfigureAwait(false);
        var user = WireReader.Require(answer.Body?.Data, Errors, call, answer, "data");
        var plan = user.Subscription?.Plan ?? user.BillingType;
        if (user.Wallet?.RemainingBalance is { } balance)
        {
            var inCredits = string.Equals(user.Wallet.Currency, "credits", StringComparison.OrdinalIgnoreCase);
            return new CreditBalance
            {
                RemainingCredits = inCredits ? balance : balance / _facts.Value.Ledger.UsdPerCredit,
                WalletUsd = inCredits ? balance * _facts.Value.Ledger.UsdPerCredit : balance,
                Plan = plan,
                Surface = ApiSurface.V3,
            };
        }

        return new CreditBalance { RemainingCredits = user.UsageBased?.RemainingCredits ?? 0, Plan = plan, Surface = ApiSurface.V3 };
    }

    public async IAsyncEnumerable<VideoRead> PollAsync(
        IReadOnlyList<string> videoIds, int maxParallelism, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var offset = 0; offset < videoIds.Count; offset += StatusBatchSize)
        {
            var batch = videoIds.Skip(offset).Take(StatusBatchSize).ToList();
            var (items, error) = await ReadStatusesAsync(batch, cancellationToken).ConfigureAwait(false);
            if (error is not null)
            {
                // One bulk call carries the whole batch, so its failure is each of these videos' failed read.
                foreach (var id in batch)
                {
                    yield return new VideoRead(id, null, error);
                }

                continue;
            }

            var reads = BoundedParallel.InCompletionOrderAsync(
                items, maxParallelism, (item, token) => VideoRead.CaptureAsync(item.VideoId!, () => FromStatusItemAsync(item, token)), cancellationToken);
            await foreach (var read in reads.ConfigureAwait(false))
            {
                yield return read;
            }
        }
    }

    /// <summary>One bulk-status call: the batch's items, or the error it ended with after its retries.</summary>
    private async Task<(List<V3StatusItem> Items, AvatarIVApiException? Error)> ReadStatusesAsync(List<string> batch, CancellationToken cancellationToken)
    {
        try
        {
            var call = Read("v3/videos/statuses", r => r.AddQueryParameter("video_ids", string.Join(",", batch)));
            var answer = await _transport.SendAsync<V3Envelope<List<V3StatusItem>>>(call, cancellationToken).ConfigureAwait(false);
            var items = (WireReader.Require(answer.Body, Errors, call, answer, "body").Data ?? [])
                .Where(i => i.VideoId is not null && batch.Contains(i.VideoId))
                .ToList();
            return (items, null);
        }
        catch (AvatarIVApiException ex)
        {
            return ([], ex);
        }
    }

    internal static Video ToVideo(V3Video data, string? requestedId)
    {
        var status = StatusWords.Parse(data.Status);
        return new Video
        {
            VideoId = data.Id ?? data.VideoId ?? requestedId ?? "",
            Status = status,
            Title = data.Title,
            VideoUrl = data.VideoUrl,
            ThumbnailUrl = data.ThumbnailUrl,
            GifUrl = data.GifUrl,
            SubtitleUrl = data.SubtitleUrl,
            CaptionedVideoUrl = data.CaptionedVideoUrl,
            FolderId = data.FolderId,
            DurationSeconds = data.Duration,
            CreatedAt = data.CreatedAt,
            CompletedAt = data.CompletedAt,
            CallbackId = data.CallbackId,
            Error = status == VideoStatus.Failed
                ? new VideoError(data.FailureCode ?? AvatarIVErrorCodes.InternalError, data.FailureMessage ?? "The render failed.", null)
                : null,
            Surface = ApiSurface.V3,
        };
    }

    private async Task<Video> FromStatusItemAsync(V3StatusItem item, CancellationToken cancellationToken)
    {
        var id = item.VideoId!;
        if (string.Equals(item.Status, StatusWords.NotFound, StringComparison.OrdinalIgnoreCase))
        {
            return new Video
            {
                VideoId = id,
                Status = VideoStatus.Failed,
                Error = new VideoError(AvatarIVErrorCodes.NotFound, $"No video with id {id} exists for this API key.", null),
                Surface = ApiSurface.V3,
            };
        }

        // Bulk statuses carry no URLs; a finished video is read in full so callers can download it.
        var status = StatusWords.Parse(item.Status);
        return status is VideoStatus.Completed or VideoStatus.Failed
            ? await GetVideoAsync(id, cancellationToken).ConfigureAwait(false)
            : new Video { VideoId = id, Status = status, Surface = ApiSurface.V3 };
    }

    /// <summary>One page of a v3 list: <c>data[]</c> plus the next token when <c>has_more</c>.</summary>
    internal async Task<(IReadOnlyList<T> Items, string? NextToken)> ReadPageAsync<T>(string path, string? token, Action<RestRequest> configure, CancellationToken cancellationToken)
    {
        var call = Read(path, r =>
        {
            configure(r);
            r.AddQueryIfSet("token", token);
        });
        var answer = await _transport.SendAsync<V3Envelope<List<T>>>(call, cancellationToken).ConfigureAwait(false);
        var page = WireReader.Require(answer.Body, Errors, call, answer, "body");
        return (page.Data ?? [], page.HasMore == true ? page.NextToken : null);
    }

    internal ApiCall Read(string path, Action<RestRequest>? configure = null) =>
        new(Method.Get, path, _options.RequestTimeout, RetrySafety.Safe) { Configure = configure };
}

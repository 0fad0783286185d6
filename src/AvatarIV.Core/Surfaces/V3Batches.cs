using System.Globalization;
using System.Text.Json;
using AvatarIV.Core.Http;
using RestSharp;

namespace AvatarIV.Core.Surfaces;

/// <summary>v3 batches and bulk statuses: <c>POST /v3/videos/batches</c>, <c>GET /v3/videos/batches/{id}</c>, <c>GET /v3/videos/statuses</c>.</summary>
internal sealed class V3Batches
{
    private const string CreateNote = "The batch may have been created; read it by id before trying again.";

    private readonly V3Api _api;

    public V3Batches(V3Api api) => _api = api;

    public async Task<VideoBatch> CreateAsync(CreateVideoBatchRequest request, CancellationToken cancellationToken)
    {
        var videos = request.Videos;
        var idempotencyKey = string.IsNullOrEmpty(request.IdempotencyKey) ? "avatariv-batch-" + Guid.NewGuid().ToString("N") : request.IdempotencyKey!;
        var body = WireJson.Serialize(new V3BatchBody
        {
            Videos = videos.Select(V3VideoBody.From).ToList(),
            Title = request.Title,
            CallbackUrl = request.CallbackUrl,
        });

        // Safe to repeat for the same reason as a single create: the Idempotency-Key makes the server replay its first answer.
        var call = new ApiCall(Method.Post, "v3/videos/batches", _api.Options.CreateTimeout, RetrySafety.Safe)
        {
            StartsRender = true,
            Configure = r => r.AddHeader("Idempotency-Key", idempotencyKey).AddStringBody(body, ContentType.Json),
            FailureHint = CreateNote,
        };
        var answer = await _api.Transport.SendAsync<V3Envelope<V3Batch>>(call, cancellationToken).ConfigureAwait(false);
        var data = WireReader.Require(answer.Body?.Data, _api.Transport.Errors, call, answer, "data");
        var id = data.BatchId ?? data.Id ?? throw _api.Transport.Errors.Malformed(call, answer.StatusCode, answer.Content, answer.RequestId, "no batch_id");
        return ToBatch(id, data, data.Items ?? [], videos.Count);
    }

    /// <summary>The batch with all its items: follows the paging inside <c>data</c> until <c>has_more</c> is false.</summary>
    public async Task<VideoBatch> GetAsync(string batchId, CancellationToken cancellationToken)
    {
        var items = new List<V3BatchItem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? token = null;
        V3Batch first;
        while (true)
        {
            var page = token;
            var call = _api.Read("v3/videos/batches/" + Uri.EscapeDataString(batchId), r =>
            {
                r.AddQueryParameter("limit", _api.Options.BatchPageSize.ToString(CultureInfo.InvariantCulture));
                r.AddQueryIfSet("token", page);
            });
            var answer = await _api.Transport.SendAsync<V3Envelope<V3Batch>>(call, cancellationToken).ConfigureAwait(false);
            var data = WireReader.Require(answer.Body?.Data, _api.Transport.Errors, call, answer, "data");
            first = data;
            items.AddRange(data.Items ?? []);
            token = data.HasMore == true ? data.NextToken : null;
            if (string.IsNullOrEmpty(token) || !seen.Add(token!))
            {
                break;
            }
        }

        return ToBatch(first.BatchId ?? batchId, first, items, null);
    }

    /// <summary>Bulk statuses of videos and of whole batches (each batch expands to its items), at most 100 ids per call.</summary>
    public async Task<IReadOnlyList<VideoStatusEntry>> StatusesAsync(IReadOnlyList<string> videoIds, IReadOnlyList<string> batchIds, CancellationToken cancellationToken)
    {
        var entries = new List<VideoStatusEntry>();
        foreach (var (name, ids) in new[] { ("video_ids", videoIds), ("batch_ids", batchIds) })
        {
            for (var offset = 0; offset < ids.Count; offset += V3Api.StatusBatchSize)
            {
                var chunk = string.Join(",", ids.Skip(offset).Take(V3Api.StatusBatchSize));
                var call = _api.Read("v3/videos/statuses", r => r.AddQueryParameter(name, chunk));
                var answer = await _api.Transport.SendAsync<V3Envelope<List<V3StatusItem>>>(call, cancellationToken).ConfigureAwait(false);
                var rows = WireReader.Require(answer.Body, _api.Transport.Errors, call, answer, "body").Data ?? [];
                entries.AddRange(rows.Select(i => new VideoStatusEntry(i.VideoId, StatusWords.Parse(i.Status), i.BatchId, i.ItemIndex, ErrorOf(i.Error))));
            }
        }

        return entries;
    }

    /// <summary>A batch item's or status row's <c>error</c> object (its shape is open in HeyGen's schema: code and message when present).</summary>
    internal static VideoError? ErrorOf(JsonElement? error)
    {
        if (error is not { ValueKind: JsonValueKind.Object } e)
        {
            return null;
        }

        string? Text(string name) => e.TryGetProperty(name, out var v) ? (v.ValueKind == JsonValueKind.String ? v.GetString() : WireReader.CodeText(v)) : null;
        return new VideoError(Text("code") ?? AvatarIVErrorCodes.InternalError, Text("message") ?? Text("msg") ?? "The video failed.", Text("detail"));
    }

    private static VideoBatch ToBatch(string id, V3Batch data, List<V3BatchItem> items, int? submitted) => new()
    {
        BatchId = id,
        Status = data.Status,
        Title = data.Title,
        TotalItems = data.TotalItems ?? submitted ?? items.Count,
        CountsByStatus = data.CountsByStatus ?? new Dictionary<string, int>(),
        CreatedAt = data.CreatedAt,
        Items = items
            .OrderBy(i => i.ItemIndex)
            .Select(i => new VideoBatchItem(i.ItemIndex, string.IsNullOrEmpty(i.VideoId) ? null : i.VideoId, StatusWords.Parse(i.Status), ErrorOf(i.Error)))
            .ToList(),
    };
}

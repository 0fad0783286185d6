using AvatarIV.MockServer.Domain.Batches;
using AvatarIV.MockServer.Domain.Errors;
using AvatarIV.MockServer.Domain.Folders;
using AvatarIV.MockServer.Domain;
using AvatarIV.MockServer.Domain.Jobs;
using AvatarIV.MockServer.Domain.Media;
using AvatarIV.MockServer.Domain.Videos;
using AvatarIV.MockServer.Surfaces.Envelopes;
using AvatarIV.MockServer.Surfaces.Http;
using AvatarIV.MockServer.Webhooks;

namespace AvatarIV.MockServer.Surfaces.V3;

/// <summary>v3 video routes: create, get, list, bulk statuses, delete.</summary>
public static class V3VideosApi
{
    private const int MaxBulkIds = 100;

    public static RouteGroupBuilder MapV3VideosApi(this RouteGroupBuilder v3)
    {
        var videos = v3.MapGroup("/videos");
        videos.MapPost("/", CreateAsync).WithSummary("Create an Avatar IV video from a photo (type image) or a look (type avatar); honours Idempotency-Key and X-Mock-Progression.");
        videos.MapGet("/statuses", Statuses).WithSummary("Statuses of up to 100 videos (video_ids=a,b) and/or the items of up to 100 batches (batch_ids=x,y); each entry counts as a status read.");
        // The status read (what clients poll) takes the app's singletons from the root provider: asking for them as
        // handler parameters would make a DI scope for every request just to look them up.
        var services = ((IEndpointRouteBuilder)v3).ServiceProvider;
        StatusReadServices? resolved = null;
        videos.MapGet("/{videoId}", (string videoId, HttpContext ctx) => Get(videoId, ctx, resolved ??= new(services))).WithSummary("A video; completed ones carry freshly minted video_url/thumbnail_url.");
        videos.MapGet("/", List).WithSummary("The key's videos, newest first (limit 1-100, token, title substring, folder_id).");
        videos.MapDelete("/{videoId}", Delete).WithSummary("Delete a video; an unfinished one is cancelled and refunded.");
        return v3;
    }

    private static async Task<IResult> CreateAsync(HttpContext ctx, VideoPlanner planner, JobEngine jobs, IdempotencyStore idempotency, WebhookUrlPolicy webhookUrls)
    {
        var (status, payload) = await idempotency.RunAsync(ctx, "POST /v3/videos", async () =>
        {
            var body = new JsonFields(await JsonBody.ReadObjectAsync(ctx.Request));
            var request = V3VideoRequestParser.Parse(body, ctx, webhookUrls);
            var job = jobs.Create(await planner.PlanAsync(request, ctx.RequestAborted));
            return (StatusCodes.Status200OK, new { video_id = job.Id, status = StatusWords.V3Created, output_format = request.OutputFormat });
        });
        return V3Envelope.Ok(payload, status);
    }

    private static IResult Get(string videoId, HttpContext ctx, StatusReadServices services)
    {
        var job = services.Jobs.Read(ctx.CallerKeyId(), videoId) ?? throw NotFound(videoId);
        return services.Json.Ok(V3VideoView.Of(job, services.Signer, ctx));
    }

    /// <summary>The singletons a status read uses, looked up once (on the first read, when the app is running).</summary>
    private sealed class StatusReadServices(IServiceProvider services)
    {
        public JobEngine Jobs { get; } = services.GetRequiredService<JobEngine>();

        public MediaUrlSigner Signer { get; } = services.GetRequiredService<MediaUrlSigner>();

        public V3Json Json { get; } = services.GetRequiredService<V3Json>();
    }

    private static IResult List(HttpContext ctx, JobEngine jobs, MediaUrlSigner signer, FolderStore folders)
    {
        var title = ctx.Request.Query["title"].ToString();
        var folderId = FolderFilter.Read(ctx, folders);
        var all = jobs.List(ctx.CallerKeyId())
            .Where(j => title.Length == 0 || (j.Title?.Contains(title, StringComparison.OrdinalIgnoreCase) ?? false))
            .Where(j => folderId is null || j.FolderId == folderId)
            .ToList();
        var page = Paging.Slice(all, ctx.Request, defaultLimit: 10, minLimit: 1, maxLimit: 100);
        return V3Envelope.Page(page.Items.Select(j => V3VideoView.Of(j, signer, ctx)).ToList(), page.HasMore, page.NextToken);
    }

    /// <summary><c>video_ids</c> and/or <c>batch_ids</c> (each ≤ 100): one entry per video, batches expanded into their items.</summary>
    private static IResult Statuses(HttpContext ctx, JobEngine jobs, BatchStore batches)
    {
        var videoIds = Ids(ctx, "video_ids");
        var batchIds = Ids(ctx, "batch_ids");
        if (videoIds.Length == 0 && batchIds.Length == 0)
        {
            throw ErrorCatalog.InvalidParameter.With("video_ids or batch_ids is required: a comma-separated list of ids, e.g. ?video_ids=abc,def or ?batch_ids=xyz.", "video_ids");
        }

        var owner = ctx.CallerKeyId();
        var items = videoIds.Select(id => jobs.Read(owner, id) is { } job
            ? new BulkStatus(id, StatusWords.V3Bulk(job.Status), job.IsFailed ? new V3ItemError(job.FailureCode!, job.FailureMessage!) : null)
            : new BulkStatus(id, StatusWords.V3BulkUnknown, null)).ToList();
        foreach (var batchId in batchIds)
        {
            if (batches.Find(owner, batchId) is not { } batch)
            {
                items.Add(new BulkStatus(null, StatusWords.V3BulkUnknown, null, batchId));
                continue;
            }

            items.AddRange(batch.Items
                .Select(item => V3BatchItemView.Of(item, V3BatchesApi.JobOf(jobs, owner, item, read: true)))
                .Select(view => new BulkStatus(view.VideoId, view.Status, view.Error, batchId, view.ItemIndex)));
        }

        return V3Envelope.Page(items, hasMore: false, nextToken: null);
    }

    private static string[] Ids(HttpContext ctx, string param)
    {
        var ids = ctx.Request.Query[param].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return ids.Length <= MaxBulkIds
            ? ids
            : throw ErrorCatalog.InvalidParameter.With($"{param} lists {ids.Length} ids; at most {MaxBulkIds} are allowed per request. Split the list.", param);
    }

    private static IResult Delete(string videoId, HttpContext ctx, JobEngine jobs) =>
        jobs.Delete(ctx.CallerKeyId(), videoId)
            ? V3Envelope.Ok(new { id = videoId, deleted = true })
            : throw NotFound(videoId);

    private static MockError NotFound(string videoId) =>
        ErrorCatalog.VideoNotFound.With($"No video '{videoId}' exists for this API key. Check the id returned by POST /v3/videos.", "video_id");

    /// <summary>A bulk status entry; <see cref="BatchId"/> and <see cref="ItemIndex"/> only for entries expanded from a batch.</summary>
    private sealed record BulkStatus(
        string? VideoId,
        string Status,
        V3ItemError? Error,
        [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? BatchId = null,
        [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] int? ItemIndex = null);
}

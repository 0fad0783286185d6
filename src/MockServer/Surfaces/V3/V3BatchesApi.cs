using System.Text.Json;
using AvatarIV.MockServer.Domain;
using AvatarIV.MockServer.Domain.Batches;
using AvatarIV.MockServer.Domain.Errors;
using AvatarIV.MockServer.Domain.Jobs;
using AvatarIV.MockServer.Domain.Videos;
using AvatarIV.MockServer.Surfaces.Envelopes;
using AvatarIV.MockServer.Surfaces.Http;
using AvatarIV.MockServer.Webhooks;

namespace AvatarIV.MockServer.Surfaces.V3;

/// <summary>
/// <c>POST /v3/videos/batches</c> and <c>GET /v3/videos/batches/{batch_id}</c> (docs/mock-server.md, "Batches"). A batch
/// is checked whole before anything is made: one invalid video refuses the batch (400, each failing item by
/// <c>item_index</c> in <c>error.items</c>), and too little balance for all of them refuses it (402); nothing is charged.
/// </summary>
public static class V3BatchesApi
{
    public const int MaxVideos = 100;

    public static RouteGroupBuilder MapV3BatchesApi(this RouteGroupBuilder v3)
    {
        var batches = v3.MapGroup("/videos/batches");
        batches.MapPost("/", CreateAsync).WithSummary("Create 1-100 videos at once (each a POST /v3/videos body); all or none. Honours Idempotency-Key.");
        batches.MapGet("/{batchId}", Get).WithSummary("A batch: status, counts_by_status, items (limit 1-100, default 100; token) — each listed item counts as a status read.");
        return v3;
    }

    private static async Task<IResult> CreateAsync(HttpContext ctx, VideoPlanner planner, JobEngine jobs, BatchStore batches, IdGenerator ids, TimeProvider clock, IdempotencyStore idempotency, WebhookUrlPolicy webhookUrls)
    {
        var (status, payload) = await idempotency.RunAsync(ctx, "POST /v3/videos/batches", async () =>
        {
            var root = await JsonBody.ReadObjectAsync(ctx.Request);
            var body = new JsonFields(root);
            var videos = VideoBodies(root, body);
            var title = body.String("title", 1000);
            var callbackUrl = webhookUrls.CallbackUrl(body);
            var batchId = ids.NewId();

            var drafts = new List<JobDraft>(videos.Count);
            var refusals = new List<object>();
            for (var index = 0; index < videos.Count; index++)
            {
                try
                {
                    var request = V3VideoRequestParser.Parse(new JsonFields(videos[index]), ctx, webhookUrls) with { BatchId = batchId, BatchIndex = index };
                    drafts.Add(await planner.PlanAsync(request, ctx.RequestAborted));
                }
                catch (MockError error)
                {
                    refusals.Add(new { item_index = index, code = error.Entry.Code, message = error.Message, param = error.Param });
                }
            }

            if (refusals.Count > 0)
            {
                throw new MockError(ErrorCatalog.InvalidParameter, $"{refusals.Count} of {videos.Count} videos in this batch are invalid, so none was created: see error.items (by item_index). Fix them and send the batch again.", "videos")
                {
                    Items = refusals,
                };
            }

            // Filed first: in immediate mode the videos end inside CreateAll, and their outcomes must find the batch.
            var batch = new VideoBatch(batchId, ctx.CallerKeyId(), title, callbackUrl, clock.GetUtcNow(), [.. drafts.Select((_, i) => new BatchItem(i))]);
            batches.Add(batch);
            IReadOnlyList<JobSnapshot> created;
            try
            {
                created = jobs.CreateAll(drafts);
            }
            catch
            {
                batches.Remove(batchId);
                throw;
            }

            batches.AttachVideos(batchId, [.. created.Select(job => job.Id)]);
            return (StatusCodes.Status200OK, (object)View(batches.Find(batch.OwnerKeyId, batchId)!, jobs, ctx, read: false));
        });
        return V3Envelope.Ok(payload, status);
    }

    private static IResult Get(string batchId, HttpContext ctx, BatchStore batches, JobEngine jobs)
    {
        var batch = batches.Find(ctx.CallerKeyId(), batchId)
            ?? throw ErrorCatalog.ResourceNotFound.With($"No batch '{batchId}' exists for this API key. Use the batch_id POST /v3/videos/batches returned.", "batch_id");
        return V3Envelope.Ok(View(batch, jobs, ctx, read: true));
    }

    /// <summary>The batch with one page of items (each read as a status read when <paramref name="read"/>) and counts over all of them.</summary>
    private static V3BatchView View(VideoBatch batch, JobEngine jobs, HttpContext ctx, bool read)
    {
        var owner = batch.OwnerKeyId;
        var page = Paging.Slice(batch.Items, ctx.Request, defaultLimit: MaxVideos, minLimit: 1, maxLimit: MaxVideos);
        var items = page.Items.Select(i => V3BatchItemView.Of(i, JobOf(jobs, owner, i, read))).ToList();
        var tally = BatchTally.Of([.. batch.Items.Select(i => V3BatchItemView.Of(i, JobOf(jobs, owner, i, read: false)).Status)]);
        return new V3BatchView(batch.Id, batch.Title, tally.Status, batch.Items.Count, tally.CountsByStatus, batch.CreatedAt.ToUnixTimeSeconds(), items, page.HasMore, page.NextToken);
    }

    /// <summary>An item's job: a status read, or a look that counts nothing.</summary>
    internal static JobSnapshot? JobOf(JobEngine jobs, string owner, BatchItem item, bool read) =>
        item.VideoId is not { } id ? null : read ? jobs.Read(owner, id) : jobs.Peek(owner, id);

    /// <summary><c>videos</c>: an array of 1 to 100 objects.</summary>
    private static List<JsonElement> VideoBodies(JsonElement root, JsonFields body)
    {
        if (!root.TryGetProperty("videos", out var videos) || videos.ValueKind == JsonValueKind.Null)
        {
            throw body.Invalid("videos", "videos is required: an array of 1 to 100 POST /v3/videos bodies, e.g. [{\"type\":\"avatar\",\"avatar_id\":\"…\",\"script\":\"…\"}].");
        }

        if (videos.ValueKind != JsonValueKind.Array)
        {
            throw body.Invalid("videos", $"videos must be an array, not {JsonBody.Describe(videos.ValueKind)}.");
        }

        var count = videos.GetArrayLength();
        if (count is 0 or > MaxVideos)
        {
            throw body.Invalid("videos", $"videos holds {count} videos; a batch takes 1 to {MaxVideos}. Split it into several batches.");
        }

        var list = videos.EnumerateArray().ToList();
        var notObject = list.FindIndex(v => v.ValueKind != JsonValueKind.Object);
        return notObject < 0 ? list : throw body.Invalid("videos", $"videos[{notObject}] must be an object (a POST /v3/videos body), not {JsonBody.Describe(list[notObject].ValueKind)}.");
    }
}

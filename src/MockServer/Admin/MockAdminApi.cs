using AvatarIV.MockServer.Domain.Errors;
using AvatarIV.MockServer.Auth;
using AvatarIV.MockServer.Domain;
using AvatarIV.MockServer.Domain.Assets;
using AvatarIV.MockServer.Domain.Jobs;
using AvatarIV.MockServer.Domain.Ledgers;
using AvatarIV.MockServer.Hosting;
using AvatarIV.MockServer.Surfaces.Envelopes;
using AvatarIV.MockServer.Surfaces.Http;
using AvatarIV.MockServer.Domain.Facts;

namespace AvatarIV.MockServer.Admin;

/// <summary>
/// Test controls under <c>/_mock</c> (no auth): health, reset, state, jobs, ledgers, clock. Keys never appear:
/// ledgers and owners show as key ids. Faults, journal and webhook deliveries have their own admin routes.
/// </summary>
public static class MockAdminApi
{
    public static IEndpointRouteBuilder MapMockAdminApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/_mock").WithTags("admin");
        admin.MapGet("/health", () => TypedResults.Ok(new { status = "ok" }));
        admin.MapPost("/reset", Reset);
        admin.MapGet("/state", State);
        admin.MapGet("/jobs", (JobEngine jobs) => TypedResults.Ok(jobs.All().Select(JobAdminView.Of).ToList()));
        admin.MapGet("/jobs/{id}", (string id, JobEngine jobs) => Job(jobs.Find(id), id));
        admin.MapPost("/jobs/{id}/advance", (string id, JobEngine jobs) => Job(jobs.Advance(id), id));
        admin.MapPost("/jobs/{id}/complete", (string id, JobEngine jobs) => Job(jobs.Complete(id), id));
        admin.MapPost("/jobs/{id}/fail", FailAsync);
        admin.MapPut("/jobs/{id}/progression", SetProgressionAsync);
        admin.MapPut("/ledgers", SetLedgerAsync);
        admin.MapGet("/clock", (MockClock clock) => TypedResults.Ok(ClockView(clock)));
        admin.MapPost("/clock", AdvanceClockAsync);
        return app;
    }

    private static IResult Reset(IEnumerable<IMockResettable> resettables)
    {
        foreach (var resettable in resettables)
        {
            resettable.Reset();
        }

        return TypedResults.Ok(new { status = "reset" });
    }

    private static IResult State(AssetStore assets, JobEngine jobs, LedgerBook ledgers) => TypedResults.Ok(new
    {
        assets = assets.All().Select(a => new
        {
            id = a.Id,
            owner_key_id = a.OwnerKeyId,
            file_type = a.FileType,
            mime_type = a.MimeType,
            size_bytes = a.Bytes.LongLength,
            image_key = a.ImageKey,
            created_ts = a.CreatedTs,
        }).ToList(),
        jobs = jobs.All().Select(JobAdminView.Of).ToList(),
        ledgers = ledgers.All(),
    });

    private static async Task<IResult> FailAsync(string id, HttpContext ctx, JobEngine jobs)
    {
        var body = ctx.Request.ContentLength is 0 or null && !ctx.Request.Headers.ContainsKey("Transfer-Encoding")
            ? (JsonFields?)null
            : new JsonFields(await JsonBody.ReadObjectAsync(ctx.Request));
        var code = body?.NonEmptyString("code") ?? ErrorCatalog.RenderInternalError.Code;
        var failure = ErrorCatalog.RenderFailureNamed(code)
            ?? throw MockError.Invalid("code", $"code '{code}' is not a render failure code. Use one of: {string.Join(", ", ErrorCatalog.RenderFailureCodes)}.");
        return Job(jobs.Fail(id, failure.Code, body?.NonEmptyString("message") ?? failure.Message), id);
    }

    private static async Task<IResult> SetProgressionAsync(string id, HttpContext ctx, JobEngine jobs)
    {
        var body = new JsonFields(await JsonBody.ReadObjectAsync(ctx.Request));
        var text = body.RequiredString("mode", "polls:2");
        return ProgressionMode.TryParse(text, out var mode)
            ? Job(jobs.SetMode(id, mode), id)
            : throw MockError.Invalid("mode", $"mode '{text}' is not a progression mode. Use {ProgressionMode.Forms}.");
    }

    private static async Task<IResult> SetLedgerAsync(HttpContext ctx, LedgerBook ledgers, MockFacts facts)
    {
        var body = new JsonFields(await JsonBody.ReadObjectAsync(ctx.Request));
        var key = body.RequiredString("api_key", "test-key");
        var credits = body.Number("credits", 0, 1e12) ?? throw MockError.Invalid("credits", "credits is required: the new balance, e.g. 12.5.");
        var tier = body.OneOf("tier", facts.Tiers.Keys);
        return TypedResults.Ok(ledgers.Set(ApiKeyId.From(key), (decimal)credits, tier));
    }

    private static async Task<IResult> AdvanceClockAsync(HttpContext ctx, MockClock clock, JobEngine jobs)
    {
        var body = new JsonFields(await JsonBody.ReadObjectAsync(ctx.Request));
        var seconds = body.Number("advance_seconds", 0, 10 * 365 * 24 * 3600.0)
            ?? throw MockError.Invalid("advance_seconds", "advance_seconds is required: how far to move the mock's clock forward, e.g. 60.");
        if (!clock.TryAdvance(TimeSpan.FromSeconds(seconds)))
        {
            throw MockError.Invalid("advance_seconds",
                $"advance_seconds {seconds} would put the mock's clock more than {MockClock.MaxOffset.TotalDays / 365.25:0} years ahead (it is {clock.Offset.TotalSeconds:0} s ahead now). POST /_mock/reset sets it back.");
        }

        jobs.Tick();
        return TypedResults.Ok(ClockView(clock));
    }

    private static object ClockView(MockClock clock) => new { now = clock.GetUtcNow(), offset_seconds = clock.Offset.TotalSeconds };

    private static IResult Job(JobSnapshot? job, string id) =>
        job is null
            ? throw ErrorCatalog.NotFound.With($"No job '{id}'. GET /_mock/jobs lists them.", "id")
            : TypedResults.Ok(JobAdminView.Of(job));
}

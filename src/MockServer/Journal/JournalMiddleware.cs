using System.Diagnostics;
using AvatarIV.MockServer.Auth;
using AvatarIV.MockServer.Faults;
using AvatarIV.MockServer.Surfaces.Envelopes;
using AvatarIV.MockServer.Surfaces.Http;

namespace AvatarIV.MockServer.Journal;

/// <summary>Records every request once its response is done (or its connection dropped).</summary>
public sealed class JournalMiddleware(RequestDelegate next, RequestJournal journal)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // The dashboard's own polling and media would crowd out the requests it is there to show.
        if (Dashboard.DashboardExtensions.IsDashboardRequest(context.Request.Path))
        {
            await next(context);
            return;
        }

        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.GetTimestamp();
        var failed = false;
        try
        {
            await next(context);
        }
        catch
        {
            failed = true;
            throw;
        }
        finally
        {
            journal.Add(Describe(context, started, (long)Stopwatch.GetElapsedTime(clock).TotalMilliseconds, failed));
        }
    }

    private JournalEntry Describe(HttpContext context, DateTimeOffset started, long durationMs, bool failed)
    {
        var request = context.Request;
        var key = Caller.KeyOf(request);
        var fault = context.Features.Get<AppliedFault>();
        var dropped = fault?.Kind == FaultKind.Drop || (context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted);
        int? status = dropped ? null : failed && !context.Response.HasStarted ? StatusCodes.Status500InternalServerError : context.Response.StatusCode;
        var idempotencyKey = request.Headers["Idempotency-Key"].ToString();

        return new JournalEntry(
            journal.NextSequence(),
            request.Method,
            CredentialRedactor.Scrub(request.Path.Value ?? "/", key),
            CredentialRedactor.Scrub(CredentialRedactor.RedactQuery(request.Query), key),
            status,
            durationMs,
            started,
            SurfaceName(request.Path),
            key is null ? null : ApiKeyId.From(key),
            idempotencyKey.Length == 0 ? null : CredentialRedactor.Scrub(idempotencyKey, key),
            fault?.Name,
            Hosting.RequestIdMiddleware.IdOf(context));
    }

    // The OpenAPI document is part of the mock's own tooling, so it counts as admin like /_mock.
    private static string SurfaceName(PathString path) =>
        path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase)
            ? "admin"
            : s_surfaceNames[(int)SurfaceRouting.SurfaceOf(path)];

    // Each surface's name as the journal writes it, made once rather than for every request.
    private static readonly string[] s_surfaceNames =
        [.. Enum.GetValues<ApiSurfaceKind>().OrderBy(kind => (int)kind).Select(kind => kind.ToString().ToLowerInvariant())];
}

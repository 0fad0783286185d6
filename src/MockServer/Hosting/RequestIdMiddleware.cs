namespace AvatarIV.MockServer.Hosting;

/// <summary>
/// Gives every request a fresh id and answers it in <c>X-Request-Id</c> on every response (successes, error envelopes,
/// unknown routes, injected faults, admin and media alike), as HeyGen does; the journal records the same id. A client's
/// own <c>X-Request-Id</c> is not echoed: HeyGen generates its own (docs/decisions.md, "Request ids").
/// </summary>
public sealed class RequestIdMiddleware(RequestDelegate next)
{
    public const string HeaderName = "X-Request-Id";

    public Task InvokeAsync(HttpContext context)
    {
        var id = Guid.NewGuid().ToString("N");
        context.Features.Set(new RequestIdFeature(id));

        // Set when the response starts: handlers and the error middleware clear the headers they replace.
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[HeaderName] = id;
            return Task.CompletedTask;
        });
        return next(context);
    }

    /// <summary>The id of the request in <paramref name="context"/>, or null outside the pipeline.</summary>
    public static string? IdOf(HttpContext context) => context.Features.Get<RequestIdFeature>()?.Id;
}

/// <summary>The request's id, for the journal.</summary>
public sealed record RequestIdFeature(string Id);

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
        context.Features.Set(new RequestIdFeature(NewId()));

        // Set when the response starts: handlers and the error middleware clear the headers they replace.
        context.Response.OnStarting(s_addHeader, context);
        return next(context);
    }

    private static readonly Func<object, Task> s_addHeader = state =>
    {
        var context = (HttpContext)state;
        context.Response.Headers[HeaderName] = IdOf(context);
        return Task.CompletedTask;
    };

    /// <summary>
    /// 32 random hex digits. An id needs to be unique, not secret: the shared fast generator is enough (a
    /// cryptographic Guid.NewGuid was a visible share of a status read's CPU).
    /// </summary>
    private static string NewId()
    {
        Span<byte> bytes = stackalloc byte[16];
        Random.Shared.NextBytes(bytes);
        return Convert.ToHexStringLower(bytes);
    }

    /// <summary>The id of the request in <paramref name="context"/>, or null outside the pipeline.</summary>
    public static string? IdOf(HttpContext context) => context.Features.Get<RequestIdFeature>()?.Id;
}

/// <summary>The request's id, for the journal.</summary>
public sealed record RequestIdFeature(string Id);

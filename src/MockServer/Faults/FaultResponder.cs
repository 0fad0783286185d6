using AvatarIV.MockServer.Domain.Errors;
using System.Text;
using AvatarIV.MockServer.Surfaces.Envelopes;

namespace AvatarIV.MockServer.Faults;

/// <summary>Writes what a fault rule answers instead of (or in place of) the real response.</summary>
public static class FaultResponder
{
    // What a malformed answer looks like when there is no real body to cut short.
    private const string MalformedFallback = "{\"data\":{\"video_id\":\"";

    public static async Task WriteStatusAsync(HttpContext context, FaultRule rule)
    {
        var entry = rule.Error ?? ErrorCatalog.InternalError;
        var message = $"{entry.Message} (Injected by a mock fault rule: {rule}. This is the mock's test control, not a real HeyGen error.)";
        await ErrorWriter.WriteAsync(context, new MockError(entry, message) { RetryAfterSeconds = rule.RetryAfterSeconds });
    }

    /// <summary>200 with JSON cut off half way, so that any parser fails on it.</summary>
    public static async Task WriteMalformedAsync(HttpContext context, byte[]? realBody)
    {
        var body = realBody is { Length: > 1 } ? realBody.AsSpan(0, realBody.Length / 2).ToArray() : Encoding.UTF8.GetBytes(MalformedFallback);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    /// <summary>Closes the connection without an answer; clients see a network error.</summary>
    public static void Drop(HttpContext context) => context.Abort();
}

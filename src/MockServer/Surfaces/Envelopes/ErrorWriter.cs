using AvatarIV.MockServer.Domain.Errors;

namespace AvatarIV.MockServer.Surfaces.Envelopes;

/// <summary>
/// Writes a catalogue error in the envelope of the surface the request was sent to: the entry decides the HTTP
/// status, the string code and the v1 number alike on every surface (used by middleware and faults).
/// </summary>
public static class ErrorWriter
{
    public static Task WriteAsync(HttpContext ctx, MockError error)
    {
        if (error.RetryAfterSeconds is { } seconds)
        {
            ctx.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var surface = SurfaceRouting.SurfaceOf(ctx.Request.Path);
        var result = error.Items is { } items && surface == ApiSurfaceKind.V3
            ? V3Envelope.Error(error.Entry, error.Message, error.Param, items)
            : ResultFor(surface, error.Entry, error.Message, error.Param);
        return result.ExecuteAsync(ctx);
    }

    public static Task WriteAsync(HttpContext ctx, ErrorEntry entry, string message, string? param = null) =>
        WriteAsync(ctx, entry.With(message, param));

    public static IResult ResultFor(ApiSurfaceKind surface, ErrorEntry entry, string message, string? param = null) => surface switch
    {
        ApiSurfaceKind.V1 => V1Envelope.Error(entry, message),
        ApiSurfaceKind.V2 or ApiSurfaceKind.Guide => V2Envelope.Error(entry, WithParam(message, param)),
        ApiSurfaceKind.Media => TypedResults.Text(message, statusCode: entry.Status),
        _ => V3Envelope.Error(entry, message, param),
    };

    // Legacy envelopes have no param field, so the message itself must name the field.
    private static string WithParam(string message, string? param) =>
        param is null || message.Contains(param, StringComparison.Ordinal) ? message : $"{param}: {message}";
}

namespace AvatarIV.MockServer.Surfaces.Envelopes;

/// <summary>Writes an error in the envelope of the surface the request was sent to (used by middleware and faults).</summary>
public static class ErrorWriter
{
    public static Task WriteAsync(HttpContext ctx, int status, string code, string message, string? param = null) =>
        ResultFor(SurfaceRouting.SurfaceOf(ctx.Request.Path), status, code, message, param).ExecuteAsync(ctx);

    public static IResult ResultFor(ApiSurfaceKind surface, int status, string code, string message, string? param = null) => surface switch
    {
        ApiSurfaceKind.V1 => V1Envelope.Error(status, code, message),
        ApiSurfaceKind.V2 or ApiSurfaceKind.Guide => V2Envelope.Error(status, code, WithParam(message, param)),
        ApiSurfaceKind.Media => TypedResults.Text(message, statusCode: status),
        _ => V3Envelope.Error(status, code, message, param),
    };

    // Legacy envelopes have no param field, so the message itself must name the field.
    private static string WithParam(string message, string? param) =>
        param is null || message.Contains(param, StringComparison.Ordinal) ? message : $"{param}: {message}";
}

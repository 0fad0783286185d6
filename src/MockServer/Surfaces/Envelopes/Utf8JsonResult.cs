namespace AvatarIV.MockServer.Surfaces.Envelopes;

/// <summary>
/// A JSON answer already serialised to bytes, sent as <see cref="TypedResults.Json{T}(T, System.Text.Json.JsonSerializerOptions?, string?, int?)"/>
/// sends it (same content type, no Content-Length) without its per-request reflection over an object graph.
/// Deliberately without a length: the response then ends only once the whole pipeline has returned, so the request
/// journal has recorded the request before the client can see the answer complete (tests count requests by it).
/// </summary>
internal sealed class Utf8JsonResult(byte[] body, int statusCode) : IResult, IStatusCodeHttpResult
{
    public const string ContentType = "application/json; charset=utf-8";

    public int? StatusCode => statusCode;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = ContentType;
        return response.Body.WriteAsync(body, httpContext.RequestAborted).AsTask();
    }
}

namespace AvatarIV.MockServer.Surfaces.Envelopes;

/// <summary>
/// A JSON answer already serialised to bytes (by compiled, source-generated code), sent in one write with its
/// Content-Length: the bytes are the ones <see cref="TypedResults.Json{T}(T, System.Text.Json.JsonSerializerOptions?, string?, int?)"/>
/// would send, without its per-request reflection over an object graph.
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
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, httpContext.RequestAborted).AsTask();
    }
}

using AvatarIV.MockServer.Domain.Errors;

namespace AvatarIV.MockServer.Surfaces.Envelopes;

/// <summary>v3 bodies: <c>{"data":…}</c> (lists add <c>has_more</c>/<c>next_token</c>) / <c>{"error":{"code","message","param","doc_url"}}</c>.</summary>
public static class V3Envelope
{
    private const string DocUrl = "https://developers.heygen.com/reference/error-codes";

    public static IResult Ok(object? data, int status = StatusCodes.Status200OK) =>
        TypedResults.Json(new V3Body(data), statusCode: status);

    public static IResult Page(object data, bool hasMore, string? nextToken) =>
        TypedResults.Json(new V3Page(data, hasMore, nextToken));

    public static IResult Error(ErrorEntry entry, string message, string? param = null, IReadOnlyList<object>? items = null) =>
        TypedResults.Json(new V3ErrorBody(new V3Error(entry.Code, message, param, DocUrl, items)), statusCode: entry.Status);

    private sealed record V3Body(object? Data);

    private sealed record V3Page(object Data, bool HasMore, string? NextToken);

    private sealed record V3ErrorBody(V3Error Error);

    /// <summary><see cref="Items"/>: a refused batch's per-item errors; left out of every other error.</summary>
    private sealed record V3Error(string Code, string Message, string? Param, string DocUrl,
        [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<object>? Items);
}

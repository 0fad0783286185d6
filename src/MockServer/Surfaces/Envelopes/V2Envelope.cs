using AvatarIV.MockServer.Domain.Errors;

namespace AvatarIV.MockServer.Surfaces.Envelopes;

/// <summary>Legacy v2 bodies: <c>{"error":null,"data":…}</c> / <c>{"data":null,"error":{"code","message"}}</c>.</summary>
public static class V2Envelope
{
    public static IResult Ok(object? data) => TypedResults.Json(new V2Body(null, data));

    public static IResult Error(ErrorEntry entry, string message) =>
        TypedResults.Json(new V2Body(new V2Error(entry.Code, message), null), statusCode: entry.Status);

    private sealed record V2Body(V2Error? Error, object? Data);

    private sealed record V2Error(string Code, string Message);
}

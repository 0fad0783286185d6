using AvatarIV.MockServer.Domain.Errors;

namespace AvatarIV.MockServer.Surfaces.Envelopes;

/// <summary>Legacy v1 bodies: <c>{"code":100,"data":…,"message":"Success","msg":null}</c>; errors carry a numeric code.</summary>
public static class V1Envelope
{
    public const int SuccessCode = 100;

    public static IResult Ok(object? data) =>
        TypedResults.Json(new V1Body(SuccessCode, data, "Success", null));

    public static IResult Error(ErrorEntry entry, string message) =>
        TypedResults.Json(new V1Body(entry.V1Number, null, message, message), statusCode: entry.Status);

    private sealed record V1Body(int Code, object? Data, string? Message, string? Msg);
}

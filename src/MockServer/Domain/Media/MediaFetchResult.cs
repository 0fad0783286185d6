namespace AvatarIV.MockServer.Domain.Media;

/// <summary>
/// How a media fetch ended: the bytes; a <see cref="Problem"/> (the source failed: the render fails
/// <c>download_failed</c>, as HeyGen reports it); or a <see cref="Refusal"/> (the outbound rules forbade going on:
/// the create is refused with a 4xx and nothing is charged).
/// </summary>
public sealed record MediaFetchResult(byte[]? Bytes, string? Problem, string? Refusal)
{
    public static MediaFetchResult Of(byte[] bytes) => new(bytes, null, null);

    public static MediaFetchResult Failed(string problem) => new(null, problem, null);

    public static MediaFetchResult Refused(string refusal) => new(null, null, refusal);
}

namespace AvatarIV.MockServer.Surfaces.Envelopes;

/// <summary>
/// A request the mock refuses. Thrown anywhere in handling; <see cref="ErrorHandlingMiddleware"/> turns it into the
/// surface's error envelope. Messages name the problem and the fix (they are shown to users as-is).
/// </summary>
public sealed class MockApiException(int status, string code, string message, string? param = null) : Exception(message)
{
    public int Status { get; } = status;
    public string Code { get; } = code;
    public string? Param { get; } = param;

    /// <summary>Extra response headers (e.g. Retry-After on 429).</summary>
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>();

    public static MockApiException Invalid(string param, string message) => new(StatusCodes.Status400BadRequest, "invalid_parameter", message, param);

    public static MockApiException NotFound(string code, string message, string? param = null) => new(StatusCodes.Status404NotFound, code, message, param);
}

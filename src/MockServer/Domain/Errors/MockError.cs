namespace AvatarIV.MockServer.Domain.Errors;

/// <summary>
/// The one way the mock refuses a request: an <see cref="ErrorEntry"/> of the catalogue, a message, and the field
/// to blame. Each surface writes it in its own envelope. Nothing is created or charged when this is thrown.
/// </summary>
public sealed class MockError(ErrorEntry entry, string message, string? param = null) : Exception(message)
{
    public ErrorEntry Entry { get; } = entry;

    public string? Param { get; } = param;

    /// <summary>Sent as the Retry-After header (429s).</summary>
    public int? RetryAfterSeconds { get; init; }

    /// <summary>Per-item errors of a refused batch (v3 <c>error.items</c>).</summary>
    public IReadOnlyList<object>? Items { get; init; }

    /// <summary>A wrong field value (400 <c>invalid_parameter</c>).</summary>
    public static MockError Invalid(string param, string message) => ErrorCatalog.InvalidParameter.With(message, param);
}

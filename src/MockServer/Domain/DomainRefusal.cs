namespace AvatarIV.MockServer.Domain;

public enum RefusalKind
{
    /// <summary>A field is wrong (HTTP 400).</summary>
    Invalid,
    /// <summary>An id names nothing the caller owns (HTTP 404).</summary>
    NotFound,
    /// <summary>The balance cannot cover the video (HTTP 402).</summary>
    InsufficientCredit,
    /// <summary>Every render slot is taken (HTTP 429 with Retry-After).</summary>
    Busy,
    /// <summary>The request clashes with the resource's state (HTTP 409).</summary>
    Conflict,
}

/// <summary>
/// The domain saying no. Surfaces turn it into their own envelope; the message names the problem and the fix.
/// Nothing is created or charged when this is thrown.
/// </summary>
public sealed class DomainRefusal(RefusalKind kind, string code, string message, string? param = null) : Exception(message)
{
    public RefusalKind Kind { get; } = kind;
    public string Code { get; } = code;
    public string? Param { get; } = param;
    public int? RetryAfterSeconds { get; init; }

    public static DomainRefusal Invalid(string param, string message) => new(RefusalKind.Invalid, "invalid_parameter", message, param);
}

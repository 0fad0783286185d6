namespace AvatarIV.Core.Http;

/// <summary>Why an attempt failed in a way the retry rules know about.</summary>
internal enum RetryReasonKind
{
    RateLimited,
    ServerError,
    Network,
    Malformed,
}

/// <summary>A classified failure: its kind, a human description and any <c>Retry-After</c> the server sent.</summary>
internal sealed record RetryReason(RetryReasonKind Kind, string Description, TimeSpan? RetryAfter = null)
{
    /// <summary>Whether a request of the given safety may be repeated after this failure.</summary>
    public bool AllowedFor(RetrySafety safety) => safety switch
    {
        RetrySafety.Safe => true,
        RetrySafety.RateLimitOnly => Kind == RetryReasonKind.RateLimited,
        _ => false,
    };
}

namespace AvatarIV.Core.Http;

/// <summary>Which failures a request may be retried after (docs/dotnet-client.md, "Retry rules (Polly)").</summary>
internal enum RetrySafety
{
    /// <summary>Never retried (the body stream cannot be replayed).</summary>
    None,

    /// <summary>Only 429: the server refused without doing the work. Legacy creates: a 5xx may have created the video.</summary>
    RateLimitOnly,

    /// <summary>429, 5xx, network failures and malformed bodies: a repeat cannot create a second video.</summary>
    Safe,
}

namespace AvatarIV.Core;

/// <summary>How the client retries rate-limited and transient failures (see docs/dotnet-client.md, "Retry rules (Polly)").</summary>
public sealed class RetryOptions
{
    /// <summary>Retries after the first attempt (2 = three attempts in all, like HeyGen's CLI). 0 turns retries off.</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>Delay before the first retry; doubles each time.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest backoff between two attempts.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest wait a server's <c>Retry-After</c> can impose; longer values are clamped.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Total time one request may spend waiting out 429 answers (the rate limit, or every render slot of the account busy)
    /// before those retries count against <see cref="MaxRetries"/>. A 429 means HeyGen did no work, so a create waits for a
    /// slot instead of failing; renders take minutes, hence 10 minutes by default. <see cref="TimeSpan.Zero"/>: a 429 gets only
    /// <see cref="MaxRetries"/>, like any other failure. Cancellation interrupts the wait at once.
    /// </summary>
    public TimeSpan MaxRateLimitWait { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Spreads each backoff randomly over 75–125 % so many clients do not retry in step.</summary>
    public bool UseJitter { get; set; } = true;

    public override string ToString() =>
        $"MaxRetries={MaxRetries}, BaseDelay={BaseDelay}, MaxDelay={MaxDelay}, MaxRetryAfter={MaxRetryAfter}, MaxRateLimitWait={MaxRateLimitWait}, UseJitter={UseJitter}";
}

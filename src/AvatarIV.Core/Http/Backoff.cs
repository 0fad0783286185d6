namespace AvatarIV.Core.Http;

/// <summary>Exponential backoff with optional jitter, capped; a server's <c>Retry-After</c> wins when longer (itself capped).</summary>
internal static class Backoff
{
    private static readonly Random Shared = new();

    /// <summary>Delay before retry number <paramref name="retryIndex"/> (0 for the first retry).</summary>
    public static TimeSpan DelayFor(int retryIndex, RetryOptions options, TimeSpan? retryAfter)
    {
        var exponential = options.BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(retryIndex, 30));
        var capped = Math.Min(exponential, options.MaxDelay.TotalMilliseconds);
        if (options.UseJitter)
        {
            double factor;
            lock (Shared)
            {
                factor = 0.75 + (Shared.NextDouble() * 0.5);
            }

            capped = Math.Min(capped * factor, options.MaxDelay.TotalMilliseconds);
        }

        var delay = TimeSpan.FromMilliseconds(capped);
        if (retryAfter is { } serverWait)
        {
            var clamped = serverWait < options.MaxRetryAfter ? serverWait : options.MaxRetryAfter;
            delay = clamped > delay ? clamped : delay;
        }

        return delay;
    }
}

using AvatarIV.MockServer.Hosting;

namespace AvatarIV.MockServer.Webhooks;

/// <summary>
/// Retry schedule of failed deliveries: attempt n waits BaseDelay × 2^(n-2) (0.5 s, 1 s, 2 s, 4 s by default),
/// at most MaxAttempts attempts. The base starts at <c>--webhook-retry-base-ms</c>; tests shorten it with
/// <c>PUT /_mock/webhooks/retry</c>, and <c>POST /_mock/reset</c> goes back to the flag's value.
/// </summary>
public sealed class WebhookRetrySettings(int startBaseDelayMs = WebhookRetrySettings.DefaultBaseDelayMs) : IMockResettable
{
    public const int DefaultBaseDelayMs = 500;
    public const int MaxBaseDelayMs = 60_000;
    public const int DefaultMaxAttempts = 5;

    private volatile Snapshot _current = new(startBaseDelayMs, DefaultMaxAttempts);

    public Snapshot Current => _current;

    public void Set(int baseDelayMs, int maxAttempts) => _current = new Snapshot(baseDelayMs, maxAttempts);

    public void Reset() => Set(startBaseDelayMs, DefaultMaxAttempts);

    public sealed record Snapshot(int BaseDelayMs, int MaxAttempts)
    {
        public TimeSpan DelayBefore(int attempt) =>
            attempt <= 1 ? TimeSpan.Zero : TimeSpan.FromMilliseconds(BaseDelayMs * Math.Pow(2, attempt - 2));
    }
}

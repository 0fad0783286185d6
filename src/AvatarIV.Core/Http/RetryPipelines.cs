using Polly;
using Polly.Retry;

namespace AvatarIV.Core.Http;

/// <summary>
/// Builds the Polly pipeline for one request: retries only the failures <see cref="RetrySafety"/> allows,
/// waits per <see cref="Backoff"/>, and reports each retry. Exceptions (timeouts, cancellation) are never retried.
/// </summary>
internal static class RetryPipelines
{
    public static ResiliencePipeline<T> Create<T>(
        RetryOptions options,
        RetrySafety safety,
        Func<T, RetryReason?> classify,
        Action<RetryNotice>? onRetry,
        string method,
        string path)
    {
        if (options.MaxRetries <= 0 || safety == RetrySafety.None)
        {
            return ResiliencePipeline<T>.Empty;
        }

        var strategy = new RetryStrategyOptions<T>
        {
            MaxRetryAttempts = options.MaxRetries,
            ShouldHandle = args => new ValueTask<bool>(
                args.Outcome.Exception is null && args.Outcome.Result is { } result && classify(result) is { } reason && reason.AllowedFor(safety)),
            DelayGenerator = args => new ValueTask<TimeSpan?>(
                Backoff.DelayFor(args.AttemptNumber, options, args.Outcome.Result is { } r ? classify(r)?.RetryAfter : null)),
            OnRetry = args =>
            {
                var reason = args.Outcome.Result is { } r ? classify(r)?.Description ?? "unknown" : "unknown";
                onRetry?.Invoke(new RetryNotice(args.AttemptNumber + 1, args.RetryDelay, reason, method, path));
                (args.Outcome.Result as IDisposable)?.Dispose();
                return default;
            },
        };
        return new ResiliencePipelineBuilder<T>().AddRetry(strategy).Build();
    }
}

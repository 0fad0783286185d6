using Polly;
using Polly.Retry;

namespace AvatarIV.Core.Http;

/// <summary>
/// The Polly retry pipeline for one kind of attempt result, built once per client: retries only the failures
/// <see cref="RetrySafety"/> allows, waits per <see cref="Backoff"/>, and reports each retry. The call being retried
/// travels in the <see cref="ResilienceContext"/>, and the retry settings and <c>OnRetry</c> are read from the options on
/// every attempt, so changing them after the client was built still takes effect. Exceptions (timeouts, cancellation) are never retried.
/// </summary>
internal sealed class RetryPipeline<T>
{
    private static readonly ResiliencePropertyKey<RetryCall> CallKey = new("AvatarIV.RetryCall");

    private readonly AvatarIVClientOptions _options;
    private readonly Func<T, RetryReason?> _classify;
    private readonly Lazy<ResiliencePipeline<T>> _pipeline;

    public RetryPipeline(AvatarIVClientOptions options, Func<T, RetryReason?> classify)
    {
        _options = options;
        _classify = classify;

        // Built on the first call that may retry, not by the client's constructor (Polly validates its options by reflection).
        _pipeline = new Lazy<ResiliencePipeline<T>>(Build, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// Runs <paramref name="attempt"/> until it succeeds, fails in a way <paramref name="safety"/> may not repeat, or the retries run out.
    /// <paramref name="method"/> and <paramref name="path"/> (with or without its leading slash) only name the call in retry notices.
    /// </summary>
    public async Task<T> ExecuteAsync(RetrySafety safety, string method, string path, Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        if (safety == RetrySafety.None || _options.Retry.MaxRetries <= 0)
        {
            return await attempt(cancellationToken).ConfigureAwait(false);
        }

        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        try
        {
            context.Properties.Set(CallKey, new RetryCall(safety, method, path));
            return await _pipeline.Value.ExecuteAsync(
                static async (ctx, send) => await send(ctx.CancellationToken).ConfigureAwait(false),
                context,
                attempt).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private bool ShouldRetry(ResilienceContext context, Outcome<T> outcome, int attemptNumber) =>
        attemptNumber < _options.Retry.MaxRetries
        && outcome.Exception is null
        && outcome.Result is { } result
        && _classify(result) is { } reason
        && reason.AllowedFor(context.Properties.GetValue(CallKey, RetryCall.Unknown).Safety);

    private ResiliencePipeline<T> Build() =>
        new ResiliencePipelineBuilder<T>().AddRetry(new RetryStrategyOptions<T>
        {
            // The real limit is Retry.MaxRetries, checked in ShouldHandle on each attempt; this is only Polly's backstop.
            MaxRetryAttempts = int.MaxValue,
            ShouldHandle = args => new ValueTask<bool>(ShouldRetry(args.Context, args.Outcome, args.AttemptNumber)),
            DelayGenerator = args => new ValueTask<TimeSpan?>(
                Backoff.DelayFor(args.AttemptNumber, _options.Retry, args.Outcome.Result is { } r ? _classify(r)?.RetryAfter : null)),
            OnRetry = args =>
            {
                var call = args.Context.Properties.GetValue(CallKey, RetryCall.Unknown);
                var reason = args.Outcome.Result is { } r ? _classify(r)?.Description ?? "unknown" : "unknown";
                _options.OnRetry?.Invoke(new RetryNotice(args.AttemptNumber + 1, args.RetryDelay, reason, call.Method, call.RootedPath));
                (args.Outcome.Result as IDisposable)?.Dispose();
                return default;
            },
        }).Build();

    /// <summary>What the context carries about the call: whether it may be repeated, and what to name in notices.</summary>
    private sealed record RetryCall(RetrySafety Safety, string Method, string Path)
    {
        public static readonly RetryCall Unknown = new(RetrySafety.None, "?", "/?");

        /// <summary>The path as notices show it; joined only when a retry happens, not on every call.</summary>
        public string RootedPath => Path.StartsWith("/", StringComparison.Ordinal) ? Path : "/" + Path;
    }
}

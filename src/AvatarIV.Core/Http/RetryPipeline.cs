using Polly;
using Polly.Retry;

namespace AvatarIV.Core.Http;

/// <summary>
/// The Polly retry pipeline for one kind of attempt result, built once per client: retries only the failures
/// <see cref="RetrySafety"/> allows, waits per <see cref="Backoff"/>, and reports each retry. The call being retried
/// travels in the <see cref="ResilienceContext"/>, and the retry settings and <c>OnRetry</c> are read from the options on
/// every attempt, so changing them after the client was built still takes effect. Exceptions (timeouts, cancellation) are never retried.
/// A 429 is retried free of <see cref="RetryOptions.MaxRetries"/> while the call's total 429 wait is within
/// <see cref="RetryOptions.MaxRateLimitWait"/> (HeyGen did no work, and a create beyond the render slots must wait, not fail);
/// after that it counts like any other failure.
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
    /// <paramref name="method"/> and <paramref name="path"/> (with or without its leading slash) only name the call in retry notices;
    /// <paramref name="startsRender"/> (a create) lets a 429 notice name the render slots as well as the rate limit.
    /// </summary>
    public async Task<T> ExecuteAsync(
        RetrySafety safety, string method, string path, Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken, bool startsRender = false)
    {
        if (safety == RetrySafety.None || (_options.Retry.MaxRetries <= 0 && _options.Retry.MaxRateLimitWait <= TimeSpan.Zero))
        {
            return await attempt(cancellationToken).ConfigureAwait(false);
        }

        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        try
        {
            context.Properties.Set(CallKey, new RetryCall(safety, method, path) { StartsRender = startsRender });
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

    private bool ShouldRetry(ResilienceContext context, Outcome<T> outcome)
    {
        if (outcome.Exception is not null || outcome.Result is not { } result || _classify(result) is not { } reason)
        {
            return false;
        }

        var call = context.Properties.GetValue(CallKey, RetryCall.Unknown);
        if (!reason.AllowedFor(call.Safety))
        {
            return false;
        }

        call.NextIsFree = reason.Kind == RetryReasonKind.RateLimited && call.RateLimitWaited < _options.Retry.MaxRateLimitWait;
        return call.NextIsFree || call.CountedRetries < _options.Retry.MaxRetries;
    }

    /// <summary>The backoff; a free 429 retry waits at most what is left of the budget, and its wait is booked against it.</summary>
    private TimeSpan DelayFor(ResilienceContext context, Outcome<T> outcome, int attemptNumber)
    {
        var delay = Backoff.DelayFor(attemptNumber, _options.Retry, outcome.Result is { } r ? _classify(r)?.RetryAfter : null);
        var call = context.Properties.GetValue(CallKey, RetryCall.Unknown);
        if (!call.NextIsFree)
        {
            call.CountedRetries++;
            return delay;
        }

        var left = _options.Retry.MaxRateLimitWait - call.RateLimitWaited;
        delay = delay < left ? delay : left;
        call.RateLimitWaited += delay;
        return delay;
    }

    /// <summary>Why the retry happens, as notices show it; a 429 says the call is waiting for the rate limit (a create: or a render slot).</summary>
    private string Describe(ResilienceContext context, Outcome<T> outcome)
    {
        var reason = outcome.Result is { } r ? _classify(r) : null;
        if (reason is null)
        {
            return "unknown";
        }

        var call = context.Properties.GetValue(CallKey, RetryCall.Unknown);
        return reason.Kind == RetryReasonKind.RateLimited && call.NextIsFree
            ? $"{reason.Description}: waiting for {(call.StartsRender ? "a render slot or the rate limit" : "the rate limit")}, {call.RateLimitWaited.TotalSeconds:0.#} s of the {_options.Retry.MaxRateLimitWait.TotalSeconds:0.#} s budget"
            : reason.Description;
    }

    private ResiliencePipeline<T> Build() =>
        new ResiliencePipelineBuilder<T>().AddRetry(new RetryStrategyOptions<T>
        {
            // The real limits are Retry.MaxRetries and Retry.MaxRateLimitWait, checked in ShouldHandle on each attempt; this is only Polly's backstop.
            MaxRetryAttempts = int.MaxValue,
            ShouldHandle = args => new ValueTask<bool>(ShouldRetry(args.Context, args.Outcome)),
            DelayGenerator = args => new ValueTask<TimeSpan?>(DelayFor(args.Context, args.Outcome, args.AttemptNumber)),
            OnRetry = args =>
            {
                var call = args.Context.Properties.GetValue(CallKey, RetryCall.Unknown);
                var reason = Describe(args.Context, args.Outcome);
                _options.OnRetry?.Invoke(new RetryNotice(args.AttemptNumber + 1, args.RetryDelay, reason, call.Method, call.RootedPath));
                (args.Outcome.Result as IDisposable)?.Dispose();
                return default;
            },
        }).Build();

    /// <summary>What the context carries about the call: whether it may be repeated, what to name in notices, and what it has spent.</summary>
    private sealed record RetryCall(RetrySafety Safety, string Method, string Path)
    {
        public static readonly RetryCall Unknown = new(RetrySafety.None, "?", "/?");

        /// <summary>A create: a 429 may mean every render slot of the account is busy.</summary>
        public bool StartsRender { get; init; }

        /// <summary>Retries that count against <see cref="RetryOptions.MaxRetries"/>.</summary>
        public int CountedRetries { get; set; }

        /// <summary>Time spent waiting out 429s within <see cref="RetryOptions.MaxRateLimitWait"/>.</summary>
        public TimeSpan RateLimitWaited { get; set; }

        /// <summary>Whether the retry being decided is a 429 retry paid from the budget (set by ShouldHandle, read by the delay and notice).</summary>
        public bool NextIsFree { get; set; }

        /// <summary>The path as notices show it; joined only when a retry happens, not on every call.</summary>
        public string RootedPath => Path.StartsWith("/", StringComparison.Ordinal) ? Path : "/" + Path;
    }
}

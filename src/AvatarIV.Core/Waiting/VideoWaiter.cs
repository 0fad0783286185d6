using System.Runtime.CompilerServices;
using AvatarIV.Core.Surfaces;

namespace AvatarIV.Core.Waiting;

/// <summary>
/// One poller for many videos: polls every unfinished id per round (v3 in bulk, legacy in parallel), backs off between
/// rounds, reports status changes, and yields each video once, as soon as its read settles it: completed or failed, or
/// <see cref="WaitOutcome.ReadFailed"/> when its own reads keep failing while the others go on. A rate-limited round
/// slows the next one down as <c>Retry-After</c> says; an endpoint nobody answers at ends the wait with its network error;
/// at the overall deadline the rest come back as <see cref="WaitOutcome.TimedOut"/>. Every distinct id comes back exactly once.
/// </summary>
internal sealed class VideoWaiter
{
    // CancelAfter cannot take more than int.MaxValue milliseconds; longer timeouts simply never fire.
    private static readonly TimeSpan LongestTimer = TimeSpan.FromMilliseconds(int.MaxValue - 1);

    private readonly ISurfaceApi _surface;
    private readonly AvatarIVClientOptions _client;
    private readonly Func<TimeSpan, CancellationToken, Task> _delay;

    public VideoWaiter(ISurfaceApi surface, AvatarIVClientOptions client, Func<TimeSpan, CancellationToken, Task>? delay = null)
    {
        _surface = surface;
        _client = client;
        _delay = delay ?? ((wait, token) => Task.Delay(wait, token));
    }

    public async IAsyncEnumerable<VideoWaitResult> WaitAsync(
        IEnumerable<string> videoIds,
        WaitOptions options,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Validate(options);
        var videos = new PendingVideos(Distinct(videoIds), options);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (options.Timeout < LongestTimer)
        {
            deadline.CancelAfter(options.Timeout);
        }

        var interval = options.InitialPollInterval;
        while (videos.Any)
        {
            var round = new PollRound();
            using var inFlight = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token);
            var reads = _surface.PollAsync(videos.Ids.ToList(), options.MaxParallelism, inFlight.Token).GetAsyncEnumerator(inFlight.Token);
            try
            {
                while (await NextAsync(reads, deadline.Token, cancellationToken).ConfigureAwait(false))
                {
                    if (videos.Record(reads.Current, round, _client.Retry.MaxRetryAfter) is { } settled)
                    {
                        yield return settled;
                    }
                }
            }
            finally
            {
                // Reads still running when the round ends early (an error, or the caller stopped reading results) are abandoned.
                inFlight.Cancel();
                await reads.DisposeAsync().ConfigureAwait(false);
            }

            if (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                break;
            }

            round.ThrowIfUnreachable();
            var pause = round.RateLimitWait > interval ? round.RateLimitWait : interval;
            if (!videos.Any || !await PauseAsync(pause, deadline.Token, cancellationToken).ConfigureAwait(false))
            {
                break;
            }

            interval = interval + interval < options.MaxPollInterval ? interval + interval : options.MaxPollInterval;
        }

        foreach (var timedOut in videos.TimedOut())
        {
            yield return timedOut;
        }
    }

    private static void Validate(WaitOptions options)
    {
        if (options.Timeout <= TimeSpan.Zero || options.InitialPollInterval < TimeSpan.Zero || options.MaxPollInterval < TimeSpan.Zero
            || options.MaxParallelism < 1 || options.MaxFailedReads < 1)
        {
            throw new AvatarIVValidationException(
                ValidationCodes.InvalidValue,
                "WaitOptions need a positive Timeout, poll intervals of zero or more, and MaxParallelism and MaxFailedReads of at least 1.",
                nameof(WaitOptions));
        }
    }

    private static List<string> Distinct(IEnumerable<string> videoIds)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return (videoIds ?? throw new ArgumentNullException(nameof(videoIds)))
            .Where(id => !string.IsNullOrWhiteSpace(id) && seen.Add(id))
            .ToList();
    }

    /// <summary>The round's next read; false when the round is over or the overall deadline cut it short (never an exception then).</summary>
    private static async Task<bool> NextAsync(IAsyncEnumerator<VideoRead> reads, CancellationToken deadline, CancellationToken caller)
    {
        try
        {
            return await reads.MoveNextAsync().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!caller.IsCancellationRequested && deadline.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>Waits between rounds; false when the overall deadline passed meanwhile.</summary>
    private async Task<bool> PauseAsync(TimeSpan interval, CancellationToken deadline, CancellationToken caller)
    {
        try
        {
            await _delay(interval, deadline).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (!caller.IsCancellationRequested)
        {
            return false;
        }
    }
}

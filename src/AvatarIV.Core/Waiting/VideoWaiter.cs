using System.Runtime.CompilerServices;
using AvatarIV.Core.Surfaces;

namespace AvatarIV.Core.Waiting;

/// <summary>
/// One poller for many videos: polls every unfinished id per round (v3 in bulk, legacy in parallel), backs off between
/// rounds, reports status changes, yields each video once as soon as it is terminal, and at the overall deadline yields
/// the rest as <see cref="WaitOutcome.TimedOut"/>. Every distinct id comes back exactly once.
/// </summary>
internal sealed class VideoWaiter
{
    // CancelAfter cannot take more than int.MaxValue milliseconds; longer timeouts simply never fire.
    private static readonly TimeSpan LongestTimer = TimeSpan.FromMilliseconds(int.MaxValue - 1);

    private readonly ISurfaceApi _surface;
    private readonly Func<TimeSpan, CancellationToken, Task> _delay;

    public VideoWaiter(ISurfaceApi surface, Func<TimeSpan, CancellationToken, Task>? delay = null)
    {
        _surface = surface;
        _delay = delay ?? ((wait, token) => Task.Delay(wait, token));
    }

    public async IAsyncEnumerable<VideoWaitResult> WaitAsync(
        IEnumerable<string> videoIds,
        WaitOptions options,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Validate(options);
        var pending = Distinct(videoIds);
        var lastSeen = new Dictionary<string, Video>(StringComparer.Ordinal);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (options.Timeout < LongestTimer)
        {
            deadline.CancelAfter(options.Timeout);
        }

        var interval = options.InitialPollInterval;
        while (pending.Count > 0)
        {
            var round = await PollRoundAsync(pending, options, deadline.Token, cancellationToken).ConfigureAwait(false);
            if (round is null)
            {
                break;
            }

            foreach (var finished in Observe(round, pending, lastSeen, options))
            {
                yield return finished;
            }

            if (pending.Count == 0 || !await PauseAsync(interval, deadline.Token, cancellationToken).ConfigureAwait(false))
            {
                break;
            }

            interval = interval + interval < options.MaxPollInterval ? interval + interval : options.MaxPollInterval;
        }

        foreach (var id in pending)
        {
            yield return new VideoWaitResult(id, WaitOutcome.TimedOut, lastSeen.TryGetValue(id, out var video) ? video : null);
        }
    }

    private static void Validate(WaitOptions options)
    {
        if (options.Timeout <= TimeSpan.Zero || options.InitialPollInterval < TimeSpan.Zero || options.MaxPollInterval < TimeSpan.Zero || options.MaxParallelism < 1)
        {
            throw new AvatarIVValidationException(
                ValidationCodes.InvalidValue,
                "WaitOptions need a positive Timeout, poll intervals of zero or more, and MaxParallelism of at least 1.",
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

    /// <summary>Records one round's answers, reports changes, and removes and returns the videos that finished.</summary>
    private static List<VideoWaitResult> Observe(IReadOnlyList<Video> round, List<string> pending, Dictionary<string, Video> lastSeen, WaitOptions options)
    {
        var finished = new List<VideoWaitResult>();
        foreach (var video in round)
        {
            if (!pending.Contains(video.VideoId))
            {
                continue;
            }

            var previous = lastSeen.TryGetValue(video.VideoId, out var before) ? before.Status : VideoStatus.Unknown;
            lastSeen[video.VideoId] = video;
            if (previous != video.Status)
            {
                options.OnStatusChanged?.Invoke(new VideoStatusChange(video.VideoId, previous, video.Status, video));
            }

            if (video.IsTerminal)
            {
                pending.Remove(video.VideoId);
                finished.Add(new VideoWaitResult(video.VideoId, video.Status == VideoStatus.Completed ? WaitOutcome.Completed : WaitOutcome.Failed, video));
            }
        }

        return finished;
    }

    /// <summary>One round of status reads; null when the overall deadline passed. Transient failures just skip the round.</summary>
    private async Task<IReadOnlyList<Video>?> PollRoundAsync(List<string> pending, WaitOptions options, CancellationToken deadline, CancellationToken caller)
    {
        try
        {
            return await _surface.PollAsync(pending.ToList(), options.MaxParallelism, deadline).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!caller.IsCancellationRequested && deadline.IsCancellationRequested)
        {
            return null;
        }
        catch (AvatarIVApiException ex) when (ex.IsRetryable && !deadline.IsCancellationRequested)
        {
            return [];
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

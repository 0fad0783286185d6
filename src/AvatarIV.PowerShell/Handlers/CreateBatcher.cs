using AvatarIV.Core;

namespace AvatarIV.PowerShell.Handlers;

/// <summary>
/// One New-AvatarIVVideo command's v3 creates (docs/decisions.md, "Pipeline concurrency"): at most <c>limit</c> create
/// requests in flight. The first <c>limit</c> creates go one by one (the account's render slots are free for them);
/// creates that find every request in flight, and every create after the first <c>limit</c>, are gathered and sent as one
/// <c>POST /v3/videos/batches</c> (up to 100), whose videos HeyGen queues for a render slot where a single create would
/// be answered 429. Each create still gets its own answer: its video id, found by its place in the batch.
/// A batch refused as a whole before any work (a 4xx other than 429, or a local check) is sent again item by item, so
/// each item gets its own precise error; any other failure fails every item of the batch (it may exist: never re-created).
/// </summary>
internal sealed class CreateBatcher
{
    private static readonly TimeSpan FirstIdPoll = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan MaxIdPoll = TimeSpan.FromSeconds(4);
    private static readonly TimeSpan MaxIdWait = TimeSpan.FromSeconds(30);

    private readonly Func<AvatarIVClient> _client;
    private readonly int _limit;
    private readonly CancellationToken _stop;
    private readonly object _gate = new();

    // Creates waiting for a request slot, oldest first; items re-sent one by one go back in front.
    private readonly LinkedList<Pending> _waiting = new();
    private int _inFlight;
    private int _sentAlone;

    public CreateBatcher(Func<AvatarIVClient> client, int limit, CancellationToken stop)
    {
        _client = client;
        _limit = Math.Max(1, limit);
        _stop = stop;
        AudioUploads = new SemaphoreSlim(_limit);

        // A stop answers every create still waiting at once; those in flight end with their request.
        stop.Register(CancelWaiting);
    }

    /// <summary>The command's -AudioPath uploads, also at most <c>limit</c> at once (more items run at once so creates can gather).</summary>
    public SemaphoreSlim AudioUploads { get; }

    /// <summary>
    /// Creates one video, alone or in a batch with others waiting. <paramref name="alone"/>: never in a batch (e.g. the
    /// caller's own Idempotency-Key, which names one create).
    /// </summary>
    public Task<CreatedVideo> CreateAsync(CreateVideoRequest request, bool alone)
    {
        var pending = new Pending(request, alone);
        List<Pending>? group = null;
        lock (_gate)
        {
            if (_stop.IsCancellationRequested)
            {
                return Task.FromCanceled<CreatedVideo>(_stop);
            }

            _waiting.AddLast(pending);
            if (_inFlight < _limit)
            {
                _inFlight++;
                group = TakeGroup();
            }
        }

        if (group is not null)
        {
            _ = Task.Run(() => SendWhileWaitingAsync(group));
        }

        return pending.Answer.Task;
    }

    /// <summary>One request slot: sends a group, then the next waiting one, until none waits.</summary>
    private async Task SendWhileWaitingAsync(List<Pending> group)
    {
        while (true)
        {
            if (group.Count == 1 && !ShouldBatch(group[0]))
            {
                await SendAloneAsync(group[0]).ConfigureAwait(false);
            }
            else
            {
                await SendBatchAsync(group).ConfigureAwait(false);
            }

            lock (_gate)
            {
                if (_waiting.Count == 0 || _stop.IsCancellationRequested)
                {
                    _inFlight--;
                    return;
                }

                group = TakeGroup();
            }
        }
    }

    private void CancelWaiting()
    {
        lock (_gate)
        {
            foreach (var pending in _waiting)
            {
                pending.Answer.TrySetCanceled(_stop);
            }

            _waiting.Clear();
        }
    }

    /// <summary>Under the gate: the first waiting create if it goes alone, else every waiting create up to a batch's size that may share one.</summary>
    private List<Pending> TakeGroup()
    {
        var group = new List<Pending>();
        for (var node = _waiting.First; node is not null && group.Count < CreateVideoBatchRequest.MaxVideos;)
        {
            var next = node.Next;
            if (node.Value.Alone)
            {
                if (group.Count == 0)
                {
                    group.Add(node.Value);
                    _waiting.Remove(node);
                }

                break;
            }

            group.Add(node.Value);
            _waiting.Remove(node);
            node = next;
        }

        return group;
    }

    /// <summary>A lone create goes in a batch of one once the first <c>limit</c> were made: HeyGen queues it instead of answering 429.</summary>
    private bool ShouldBatch(Pending pending)
    {
        lock (_gate)
        {
            if (pending.Alone || _sentAlone < _limit)
            {
                _sentAlone++;
                return false;
            }

            return true;
        }
    }

    private async Task SendAloneAsync(Pending pending)
    {
        try
        {
            pending.Answer.TrySetResult(await _client().CreateVideoAsync(pending.Request, _stop).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            pending.Answer.TrySetCanceled(_stop);
        }
        catch (Exception e)
        {
            pending.Answer.TrySetException(e);
        }
    }

    private async Task SendBatchAsync(List<Pending> group)
    {
        VideoBatch batch;
        try
        {
            var client = _client();
            batch = await client.CreateVideoBatchAsync(new CreateVideoBatchRequest { Videos = group.Select(p => p.Request).ToList() }, _stop).ConfigureAwait(false);

            // HeyGen makes a batch's videos asynchronously: their ids are in the batch once it has (a short, bounded wait).
            var delay = FirstIdPoll;
            for (var waited = TimeSpan.Zero; Unnamed(batch, group.Count) && waited < MaxIdWait; waited += delay, delay = Next(delay))
            {
                await Task.Delay(delay, _stop).ConfigureAwait(false);
                batch = await client.GetVideoBatchAsync(batch.BatchId, _stop).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            group.ForEach(p => p.Answer.TrySetCanceled(_stop));
            return;
        }
        catch (Exception e) when (RefusedWhole(e))
        {
            SendAgainOneByOne(group);
            return;
        }
        catch (Exception e)
        {
            group.ForEach(p => p.Answer.TrySetException(e));
            return;
        }

        for (var i = 0; i < group.Count; i++)
        {
            var item = batch.Items.FirstOrDefault(x => x.ItemIndex == i);
            if (item?.VideoId is { } videoId)
            {
                group[i].Answer.TrySetResult(new CreatedVideo(videoId, item.Status, ApiSurface.V3));
            }
            else if (item is { Status: VideoStatus.Failed })
            {
                group[i].Answer.TrySetException(new AvatarIVException(
                    $"HeyGen could not make the video of item {i} of batch {batch.BatchId}: {item.Error?.Message ?? "no reason given"}"));
            }
            else
            {
                group[i].Answer.TrySetException(new AvatarIVException(
                    $"Batch {batch.BatchId} was created, but HeyGen has not named the video of its item {i} yet; wait for it with Wait-AvatarIVVideo -BatchId {batch.BatchId} instead of creating it again."));
            }
        }
    }

    /// <summary>True while an item of the batch has neither a video id nor a failure.</summary>
    private static bool Unnamed(VideoBatch batch, int count) =>
        batch.Items.Count < count || batch.Items.Any(i => i.VideoId is null && i.Status != VideoStatus.Failed);

    private static TimeSpan Next(TimeSpan delay) => delay + delay < MaxIdPoll ? delay + delay : MaxIdPoll;

    /// <summary>Refused before any work: a local check, or a 4xx other than 429 (HeyGen made nothing of the batch).</summary>
    private static bool RefusedWhole(Exception e) =>
        e is AvatarIVValidationException || (e is AvatarIVApiException { StatusCode: >= 400 and < 500 and not 429 });

    private void SendAgainOneByOne(List<Pending> group)
    {
        lock (_gate)
        {
            if (_stop.IsCancellationRequested)
            {
                group.ForEach(p => p.Answer.TrySetCanceled(_stop));
                return;
            }

            for (var i = group.Count - 1; i >= 0; i--)
            {
                _waiting.AddFirst(group[i] with { Alone = true });
            }
        }
    }

    private sealed record Pending(CreateVideoRequest Request, bool Alone)
    {
        public TaskCompletionSource<CreatedVideo> Answer { get; init; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

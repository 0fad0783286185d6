using AvatarIV.MockServer.Hosting;
using AvatarIV.MockServer.Persistence;

namespace AvatarIV.MockServer.Domain.Batches;

/// <summary>
/// Every key's video batches. Item outcomes arrive as their videos end (<see cref="RecordOutcome"/>, by batch and item index); the call that
/// records the last one gets the batch back, finished, exactly once. Stored with <c>--state-dir</c>; reset clears it;
/// retention forgets finished batches with the jobs (<see cref="ForgetFinishedBefore"/>).
/// </summary>
public sealed class BatchStore : IMockResettable
{
    private const string DocumentName = "video_batches";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, VideoBatch> _batches = new(StringComparer.Ordinal);
    private readonly MockState _state;

    public BatchStore(MockState? state = null)
    {
        _state = state ?? MockState.InMemory;
        foreach (var batch in _state.LoadDocument<List<VideoBatch>>(DocumentName) ?? [])
        {
            _batches[batch.Id] = batch;
        }
    }

    /// <summary>Files a batch before its videos are made, so an outcome that comes at once (immediate mode) finds it.</summary>
    public void Add(VideoBatch batch)
    {
        lock (_gate)
        {
            _batches[batch.Id] = batch;
        }
    }

    /// <summary>The batch's videos were made (in item order): stores it with them.</summary>
    public void AttachVideos(string batchId, IReadOnlyList<string> videoIds)
    {
        lock (_gate)
        {
            var batch = _batches[batchId];
            for (var i = 0; i < videoIds.Count; i++)
            {
                batch.Items[i].VideoId = videoIds[i];
            }

            Persist();
        }
    }

    /// <summary>Its videos could not be made (e.g. not enough credit): the batch never existed.</summary>
    public void Remove(string batchId)
    {
        lock (_gate)
        {
            _batches.Remove(batchId);
        }
    }

    public VideoBatch? Find(string ownerKeyId, string batchId)
    {
        lock (_gate)
        {
            return _batches.TryGetValue(batchId, out var batch) && batch.OwnerKeyId == ownerKeyId ? Copy(batch) : null;
        }
    }

    /// <summary>Notes how item <paramref name="itemIndex"/>'s video ended; returns the batch when this completed it (once), else null.</summary>
    public VideoBatch? RecordOutcome(string batchId, int itemIndex, bool succeeded, string? failureCode, string? failureMessage, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (!_batches.TryGetValue(batchId, out var batch) || itemIndex >= batch.Items.Count || batch.Items[itemIndex].Succeeded is not null)
            {
                return null;
            }

            var item = batch.Items[itemIndex];
            item.Succeeded = succeeded;
            item.FailureCode = failureCode;
            item.FailureMessage = failureMessage;
            var finished = batch.FinishedAt is null && batch.Items.All(i => i.Succeeded is not null);
            if (finished)
            {
                batch.FinishedAt = now;
            }

            Persist();
            return finished ? Copy(batch) : null;
        }
    }

    /// <summary>Retention: forgets batches that finished before <paramref name="cutoff"/>.</summary>
    public void ForgetFinishedBefore(DateTimeOffset cutoff)
    {
        lock (_gate)
        {
            var stale = _batches.Values.Where(b => b.FinishedAt < cutoff).ToList();
            foreach (var batch in stale)
            {
                _batches.Remove(batch.Id);
            }

            if (stale.Count > 0)
            {
                Persist();
            }
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _batches.Clear();
        }
    }

    private void Persist() => _state.SaveDocument(DocumentName, _batches.Values.ToList());

    private static VideoBatch Copy(VideoBatch batch) =>
        batch with { Items = [.. batch.Items.Select(i => i with { })] };
}

using AvatarIV.MockServer.Domain.Errors;
using AvatarIV.MockServer.Domain.Ledgers;
using AvatarIV.MockServer.Hosting;

namespace AvatarIV.MockServer.Domain.Jobs;

/// <summary>
/// Render slots per key: its started, unfinished jobs hold them (<c>--concurrency</c>, else the tier's legacy
/// <c>concurrency</c> or <c>v3Concurrency</c>). Jobs beyond them wait and start as slots free; v3 creates beyond
/// them are refused with a Retry-After (batch items wait like legacy jobs). Called only under <see cref="JobEngine"/>'s lock.
/// </summary>
internal sealed class JobSlots(IReadOnlyList<Job> jobs, LedgerBook ledgers, MockServerOptions options, JobProgression progression)
{
    /// <summary>How many slots the key's jobs hold now.</summary>
    public int Held(string ownerKeyId) => jobs.Count(j => j.OwnerKeyId == ownerKeyId && j.HoldsSlot);

    /// <summary>Refuses a v3 create (429 <c>rate_limit_exceeded</c>) when its key already holds every v3 slot.</summary>
    public void RefuseBusyV3(JobDraft draft, int held, DateTimeOffset now)
    {
        if (draft.Surface == VideoSurface.V3 && draft.Request.BatchId is null && held >= SlotsFor(draft.OwnerKeyId, VideoSurface.V3))
        {
            throw new MockError(ErrorCatalog.RateLimitExceeded, $"All {held} concurrent render slots of this key are busy. Wait Retry-After seconds, or until a video finishes, then retry.")
            {
                RetryAfterSeconds = RetryAfter(draft.OwnerKeyId, now),
            };
        }
    }

    /// <summary>Starts a new job when a slot was free for it (<paramref name="held"/> counted before it); otherwise it waits.</summary>
    public void Admit(Job job, int held, DateTimeOffset now)
    {
        if (held < SlotsFor(job.OwnerKeyId, job.Draft.Surface))
        {
            progression.Start(job, now);
        }
    }

    /// <summary>Starts the key's waiting jobs, oldest first, while slots are free.</summary>
    public void PromoteWaiting(string ownerKeyId, DateTimeOffset now)
    {
        while (true)
        {
            var held = Held(ownerKeyId);
            var next = jobs.FirstOrDefault(j => j.OwnerKeyId == ownerKeyId && j.Status == JobStatus.Waiting);
            if (next is null || held >= SlotsFor(ownerKeyId, next.Draft.Surface))
            {
                return;
            }

            progression.Start(next, now);
        }
    }

    private int SlotsFor(string ownerKeyId, VideoSurface surface)
    {
        if (options.Concurrency is { } slots)
        {
            return slots;
        }

        var tier = ledgers.TierOf(ownerKeyId);
        return surface == VideoSurface.V3 ? tier.V3Concurrency : tier.Concurrency;
    }

    /// <summary>Seconds until the key's soonest time-mode job finishes, else 5; 1 to 60.</summary>
    private int RetryAfter(string ownerKeyId, DateTimeOffset now)
    {
        var soonest = jobs
            .Where(j => j.OwnerKeyId == ownerKeyId && j.Mode.Kind == ProgressionKind.Time && j.Status == JobStatus.Processing)
            .Select(j => (progression.FinishesAt(j) - now).TotalSeconds)
            .DefaultIfEmpty(5)
            .Min();
        return (int)Math.Clamp(Math.Ceiling(soonest), 1, 60);
    }
}

using AvatarIV.Core;
using AvatarIV.MockServer.Domain.Ledgers;
using AvatarIV.MockServer.Domain.Media;
using AvatarIV.MockServer.Hosting;
using AvatarIV.MockServer.Webhooks;

namespace AvatarIV.MockServer.Domain.Jobs;

/// <summary>
/// Owns every job: creation (reserve credits, take or wait for a render slot), progression (immediate, polls:N,
/// manual, time), terminal transitions (settle or refund, free the slot, notify webhooks). One lock guards it all.
/// </summary>
public sealed class JobEngine(
    LedgerBook ledgers,
    MockServerOptions options,
    TimeProvider clock,
    IdGenerator ids,
    MediaUrlSigner signer,
    IWebhookNotifier notifier) : IMockResettable
{
    private readonly Lock _gate = new();
    private readonly List<Job> _jobs = [];
    private readonly List<WebhookJobEvent> _outbox = [];
    private readonly ProgressionMode _defaultMode = ProgressionMode.TryParse(options.Progression, out var mode) ? mode : new(ProgressionKind.Time);

    /// <summary>Creates a job, or refuses (insufficient credit; v3 with every slot busy) without creating or charging anything.</summary>
    public JobSnapshot Create(JobDraft draft) => Locked(() =>
    {
        var now = clock.GetUtcNow();
        var active = _jobs.Count(j => j.Draft.OwnerKeyId == draft.OwnerKeyId && j.HoldsSlot);
        if (draft.Surface == ApiSurface.V3 && active >= SlotsFor(draft.OwnerKeyId, ApiSurface.V3))
        {
            throw new DomainRefusal(RefusalKind.Busy, "rate_limit_exceeded",
                $"All {active} concurrent render slots of this key are busy. Wait Retry-After seconds, or until a video finishes, then retry.")
            {
                RetryAfterSeconds = RetryAfter(draft.OwnerKeyId, now),
            };
        }

        if (!ledgers.TryReserve(draft.OwnerKeyId, draft.Cost))
        {
            var balance = ledgers.Snapshot(draft.OwnerKeyId).BalanceCredits;
            throw new DomainRefusal(RefusalKind.InsufficientCredit, "insufficient_credit",
                $"This {draft.DurationSeconds:0.#} s video costs {draft.Cost} credits but the balance is {balance}. Top up, or make the video shorter.");
        }

        var job = new Job(ids.NewId(), draft, draft.Mode ?? _defaultMode, now);
        _jobs.Add(job);
        if (active < SlotsFor(draft.OwnerKeyId, draft.Surface))
        {
            Start(job, now);
        }

        return job.Snapshot();
    });

    /// <summary>A status read: counts towards <c>polls:N</c> and moves time-mode jobs on.</summary>
    public JobSnapshot? Read(string ownerKeyId, string id) => Locked(() =>
    {
        var job = Owned(ownerKeyId, id);
        if (job is null)
        {
            return null;
        }

        CountRead(job, clock.GetUtcNow());
        return job.Snapshot();
    });

    /// <summary>Looks at a job without counting a read (lists, the admin API).</summary>
    public JobSnapshot? Peek(string ownerKeyId, string id) => Locked(() =>
    {
        var job = Owned(ownerKeyId, id);
        if (job is not null)
        {
            Evaluate(job, clock.GetUtcNow());
        }

        return job?.Snapshot();
    });

    /// <summary>The caller's jobs, newest first; reading a list does not count as a status read.</summary>
    public IReadOnlyList<JobSnapshot> List(string ownerKeyId) => Locked(() =>
    {
        var now = clock.GetUtcNow();
        return _jobs.Where(j => j.Draft.OwnerKeyId == ownerKeyId).Reverse().Select(j =>
        {
            Evaluate(j, now);
            return j.Snapshot();
        }).ToList();
    });

    /// <summary>Deletes a job; one still running is cancelled and refunded.</summary>
    public bool Delete(string ownerKeyId, string id) => Locked(() =>
    {
        var job = Owned(ownerKeyId, id);
        if (job is null)
        {
            return false;
        }

        _jobs.Remove(job);
        if (!job.IsTerminal)
        {
            ledgers.Refund(ownerKeyId, job.Draft.Cost);
            PromoteWaiting(ownerKeyId, clock.GetUtcNow());
        }

        return true;
    });

    public IReadOnlyList<JobSnapshot> All() => Locked(() =>
    {
        var now = clock.GetUtcNow();
        return _jobs.Select(j =>
        {
            Evaluate(j, now);
            return j.Snapshot();
        }).ToList();
    });

    /// <summary>What the renderer needs for a completed job, or null when there is no such finished video.</summary>
    public RenderInputs? RenderInputsOf(string id) => Locked(() =>
        _jobs.Find(j => j.Id == id && j.Status == JobStatus.Completed) is { } job
            ? new RenderInputs(job.Draft.Photo, job.Draft.Audio, job.Draft.DurationSeconds, job.Draft.Width, job.Draft.Height)
            : null);

    public JobSnapshot? Find(string id) => Locked(() => _jobs.Find(j => j.Id == id)?.Snapshot());

    /// <summary>Admin: one step forward (waiting → pending → processing → terminal).</summary>
    public JobSnapshot? Advance(string id) => Admin(id, (job, now) =>
    {
        switch (job.Status)
        {
            case JobStatus.Waiting:
                job.Status = JobStatus.Pending;
                job.StartedAt = now;
                break;
            case JobStatus.Pending:
                job.Status = JobStatus.Processing;
                break;
            case JobStatus.Processing:
                Finish(job, now);
                break;
        }
    });

    /// <summary>Admin: straight to completed (a planned failure is ignored).</summary>
    public JobSnapshot? Complete(string id) => Admin(id, (job, now) => Finish(job, now, success: true));

    /// <summary>Admin: straight to failed with the given code.</summary>
    public JobSnapshot? Fail(string id, string code, string message) => Admin(id, (job, now) => Finish(job, now, success: false, code, message));

    /// <summary>Admin: switch a job's progression mode; it restarts counting from now.</summary>
    public JobSnapshot? SetMode(string id, ProgressionMode mode) => Admin(id, (job, now) =>
    {
        job.Mode = mode;
        job.Reads = 0;
        if (job.HoldsSlot)
        {
            Start(job, now);
        }
    });

    /// <summary>Moves time-mode jobs on even when nobody polls (so their webhooks fire).</summary>
    public void Tick() => Locked(() =>
    {
        var now = clock.GetUtcNow();
        foreach (var job in _jobs.Where(j => j.Mode.Kind == ProgressionKind.Time && j.Status == JobStatus.Processing).ToList())
        {
            Evaluate(job, now);
        }

        return 0;
    });

    public void Reset() => Locked(() =>
    {
        _jobs.Clear();
        return 0;
    });

    private JobSnapshot? Admin(string id, Action<Job, DateTimeOffset> change) => Locked(() =>
    {
        var job = _jobs.Find(j => j.Id == id);
        if (job is null)
        {
            return null;
        }

        if (!job.IsTerminal)
        {
            change(job, clock.GetUtcNow());
        }

        return job.Snapshot();
    });

    private void Start(Job job, DateTimeOffset now)
    {
        job.StartedAt = now;
        switch (job.Mode.Kind)
        {
            case ProgressionKind.Immediate:
                Finish(job, now);
                break;
            case ProgressionKind.Time:
                job.Status = JobStatus.Processing;
                break;
            default:
                job.Status = JobStatus.Pending;
                break;
        }
    }

    private void CountRead(Job job, DateTimeOffset now)
    {
        Evaluate(job, now);
        if (job.Mode.Kind != ProgressionKind.Polls || !job.HoldsSlot)
        {
            return;
        }

        job.Reads++;
        if (job.Reads >= job.Mode.Polls)
        {
            Finish(job, now);
        }
        else
        {
            job.Status = job.Reads == 1 ? JobStatus.Pending : JobStatus.Processing;
        }
    }

    private void Evaluate(Job job, DateTimeOffset now)
    {
        if (job.Mode.Kind == ProgressionKind.Time && job.Status == JobStatus.Processing && now >= FinishesAt(job))
        {
            Finish(job, now);
        }
    }

    private DateTimeOffset FinishesAt(Job job) =>
        (job.StartedAt ?? job.CreatedAt) + TimeSpan.FromSeconds(job.Draft.DurationSeconds / options.RenderSpeed);

    private void Finish(Job job, DateTimeOffset now, bool? success = null, string? code = null, string? message = null)
    {
        var fails = success == false || (success is null && job.Draft.PlannedFailureCode is not null);
        job.CompletedAt = now;
        job.Status = fails ? JobStatus.Failed : JobStatus.Completed;
        if (fails)
        {
            job.FailureCode = code ?? job.Draft.PlannedFailureCode ?? ErrorCatalog.DefaultFailure;
            job.FailureMessage = message ?? job.Draft.PlannedFailureMessage ?? FailureMessageOf(job.FailureCode);
            ledgers.Refund(job.Draft.OwnerKeyId, job.Draft.Cost);
        }
        else
        {
            ledgers.Settle(job.Draft.OwnerKeyId, job.Draft.Cost);
        }

        _outbox.Add(EventFor(job));
        PromoteWaiting(job.Draft.OwnerKeyId, now);
    }

    private static string FailureMessageOf(string code) =>
        ErrorCatalog.TryGetRenderFailure(code, out var entry) ? entry.DefaultMessage : $"Rendering failed ({code}).";

    private void PromoteWaiting(string ownerKeyId, DateTimeOffset now)
    {
        while (true)
        {
            var active = _jobs.Count(j => j.Draft.OwnerKeyId == ownerKeyId && j.HoldsSlot);
            var next = _jobs.Find(j => j.Draft.OwnerKeyId == ownerKeyId && j.Status == JobStatus.Waiting);
            if (next is null || active >= SlotsFor(ownerKeyId, next.Draft.Surface))
            {
                return;
            }

            Start(next, now);
        }
    }

    private int SlotsFor(string ownerKeyId, ApiSurface surface)
    {
        if (options.Concurrency is { } slots)
        {
            return slots;
        }

        var tier = ledgers.TierOf(ownerKeyId);
        return surface == ApiSurface.V3 ? tier.V3Concurrency : tier.Concurrency;
    }

    private int RetryAfter(string ownerKeyId, DateTimeOffset now)
    {
        var soonest = _jobs
            .Where(j => j.Draft.OwnerKeyId == ownerKeyId && j.Mode.Kind == ProgressionKind.Time && j.Status == JobStatus.Processing)
            .Select(j => (FinishesAt(j) - now).TotalSeconds)
            .DefaultIfEmpty(5)
            .Min();
        return (int)Math.Clamp(Math.Ceiling(soonest), 1, 60);
    }

    private Job? Owned(string ownerKeyId, string id) => _jobs.Find(j => j.Id == id && j.Draft.OwnerKeyId == ownerKeyId);

    private WebhookJobEvent EventFor(Job job)
    {
        var succeeded = job.Status == JobStatus.Completed;
        var draft = job.Draft;
        return new WebhookJobEvent(
            draft.OwnerKeyId,
            job.Id,
            succeeded,
            succeeded ? signer.Sign(draft.BaseUrl, MediaUrlSigner.VideoPath(job.Id)) : null,
            succeeded ? signer.Sign(draft.BaseUrl, MediaUrlSigner.ThumbnailPath(job.Id)) : null,
            succeeded ? draft.DurationSeconds : null,
            job.FailureCode,
            job.FailureMessage,
            draft.Request.CallbackId,
            draft.Request.CallbackUrl,
            draft.Surface == ApiSurface.V3 ? "v3" : "legacy");
    }

    /// <summary>Runs under the lock, then hands finished jobs to the webhook notifier outside it.</summary>
    private T Locked<T>(Func<T> action)
    {
        List<WebhookJobEvent> finished;
        T result;
        lock (_gate)
        {
            result = action();
            finished = [.. _outbox];
            _outbox.Clear();
        }

        foreach (var jobEvent in finished)
        {
            notifier.JobFinished(jobEvent);
        }

        return result;
    }
}

using AvatarIV.MockServer.Domain.Errors;
using AvatarIV.MockServer.Domain.Ledgers;
using AvatarIV.MockServer.Domain.Media;
using AvatarIV.MockServer.Domain.Retention;
using AvatarIV.MockServer.Hosting;
using AvatarIV.MockServer.Persistence;
using AvatarIV.MockServer.Webhooks;

namespace AvatarIV.MockServer.Domain.Jobs;

/// <summary>
/// Owns every job and the one lock that guards them. Creation reserves credits and takes or waits for a render slot
/// (<see cref="JobSlots"/>); reads and admin calls move jobs by their mode (<see cref="JobProgression"/>); endings
/// settle or refund, free the slot and notify webhooks (<see cref="JobOutcomes"/>).
/// </summary>
public sealed class JobEngine : IMockResettable
{
    private readonly Lock _gate = new();
    private readonly List<Job> _jobs;

    /// <summary>The same jobs by id: a status read stays O(1) however many jobs are stored.</summary>
    private readonly Dictionary<string, Job> _byId;
    private readonly MockState _state;
    private readonly JobChangeLog _changes = new();
    private readonly LedgerBook _ledgers;
    private readonly TimeProvider _clock;
    private readonly IdGenerator _ids;
    private readonly ProgressionMode _defaultMode;
    private readonly JobOutcomes _outcomes;
    private readonly JobProgression _progression;
    private readonly JobSlots _slots;

    public JobEngine(LedgerBook ledgers, MockServerOptions options, TimeProvider clock, IdGenerator ids, MediaUrlSigner signer, IWebhookNotifier notifier, MockState? state = null)
    {
        _state = state ?? MockState.InMemory;
        _jobs = _state.LoadJobs(clock, _changes);
        _byId = _jobs.ToDictionary(j => j.Id, StringComparer.Ordinal);
        _changes.Drain();
        _ledgers = ledgers;
        _clock = clock;
        _ids = ids;
        _defaultMode = ProgressionMode.TryParse(options.Progression, out var mode) ? mode : new(ProgressionKind.Time);
        _outcomes = new JobOutcomes(ledgers, signer, notifier, slotFreed: PromoteWaiting);
        _progression = new JobProgression(options, _outcomes);
        _slots = new JobSlots(_jobs, ledgers, options, _progression);
    }

    /// <summary>Creates a job, or refuses (insufficient credit; v3 with every slot busy) without creating or charging anything.</summary>
    public JobSnapshot Create(JobDraft draft)
    {
        _state.SaveJobMedia(draft);
        return CreateLocked(draft);
    }

    /// <summary>
    /// Creates a batch's jobs all together or none: refused (402) when the balance cannot cover them all. Beyond the
    /// key's render slots they wait, as legacy jobs do, instead of being refused.
    /// </summary>
    public IReadOnlyList<JobSnapshot> CreateAll(IReadOnlyList<JobDraft> drafts)
    {
        foreach (var draft in drafts)
        {
            _state.SaveJobMedia(draft);
        }

        return Locked(() =>
        {
            var owner = drafts[0].OwnerKeyId;
            var total = drafts.Sum(d => d.Cost);
            var balance = _ledgers.Snapshot(owner).BalanceCredits;
            if (balance < total)
            {
                throw ErrorCatalog.InsufficientCredit.With($"These {drafts.Count} videos cost {total} credits together but the balance is {balance}; none was created. Top up, or send fewer or shorter videos.");
            }

            return drafts.Select(CreateOne).ToList();
        });
    }

    private JobSnapshot CreateLocked(JobDraft draft) => Locked(() => CreateOne(draft));

    /// <summary>Under the lock: refuses or creates one job.</summary>
    private JobSnapshot CreateOne(JobDraft draft)
    {
        var now = _clock.GetUtcNow();
        var held = _slots.Held(draft.OwnerKeyId);
        _slots.RefuseBusyV3(draft, held, now);
        if (!_ledgers.TryReserve(draft.OwnerKeyId, draft.Cost))
        {
            var balance = _ledgers.Snapshot(draft.OwnerKeyId).BalanceCredits;
            throw ErrorCatalog.InsufficientCredit.With($"This {draft.DurationSeconds:0.#} s video costs {draft.Cost} credits but the balance is {balance}. Top up, or make the video shorter.");
        }

        var job = new Job(_ids.NewId(), draft, draft.Mode ?? _defaultMode, now, _clock, _changes);
        _jobs.Add(job);
        _byId[job.Id] = job;
        _slots.Admit(job, held, now);
        return job.Snapshot();
    }

    /// <summary>A status read: counts towards <c>polls:N</c> and moves time-mode jobs on.</summary>
    public JobSnapshot? Read(string ownerKeyId, string id) => Locked(() =>
    {
        var job = Owned(ownerKeyId, id);
        if (job is null)
        {
            return null;
        }

        _progression.CountRead(job, _clock.GetUtcNow());
        return job.Snapshot();
    });

    /// <summary>Looks at a job without counting a read (lists, the admin API).</summary>
    public JobSnapshot? Peek(string ownerKeyId, string id) => Locked(() =>
    {
        var job = Owned(ownerKeyId, id);
        if (job is not null)
        {
            _progression.Evaluate(job, _clock.GetUtcNow());
        }

        return job?.Snapshot();
    });

    /// <summary>The caller's jobs, newest first; reading a list does not count as a status read.</summary>
    public IReadOnlyList<JobSnapshot> List(string ownerKeyId) => Locked(() =>
        EvaluatedSnapshots(_jobs.Where(j => j.OwnerKeyId == ownerKeyId).Reverse()));

    /// <summary>Deletes a job; one still running is cancelled and refunded.</summary>
    public bool Delete(string ownerKeyId, string id) => Locked(() =>
    {
        var job = Owned(ownerKeyId, id);
        if (job is null)
        {
            return false;
        }

        _jobs.Remove(job);
        _byId.Remove(job.Id);
        _state.DeleteJob(job.Id);
        if (!job.IsTerminal)
        {
            _outcomes.Cancel(job, _clock.GetUtcNow());
        }

        return true;
    });

    public IReadOnlyList<JobSnapshot> All() => Locked(() => EvaluatedSnapshots(_jobs));

    /// <summary>What the renderer needs for a completed job, or null when there is no such finished video.</summary>
    public RenderInputs? RenderInputsOf(string id) => Locked(() =>
        ById(id) is { Status: JobStatus.Completed } job
            ? new RenderInputs(job.Draft.Photo, job.Draft.Audio, job.Draft.DurationSeconds, job.Draft.Width, job.Draft.Height, job.Draft.Request.Script, job.Draft.Request.Caption)
            : null);

    public JobSnapshot? Find(string id) => Locked(() => ById(id)?.Snapshot());

    /// <summary>Admin: a job with the request that created it and its status history (not a status read).</summary>
    public JobInspection? Inspect(string id) => Locked(() =>
        ById(id) is { } job ? new JobInspection(job.Snapshot(), job.Draft, [.. job.History]) : null);

    /// <summary>Admin: one step forward (waiting → pending → processing → terminal).</summary>
    public JobSnapshot? Advance(string id) => Admin(id, _progression.Advance);

    /// <summary>Admin: straight to completed (a planned failure is ignored).</summary>
    public JobSnapshot? Complete(string id) => Admin(id, (job, now) => _outcomes.Finish(job, now, success: true));

    /// <summary>Admin: straight to failed with the given code.</summary>
    public JobSnapshot? Fail(string id, string code, string message) => Admin(id, (job, now) => _outcomes.Finish(job, now, success: false, code, message));

    /// <summary>Admin: switch a job's progression mode; it restarts counting from now.</summary>
    public JobSnapshot? SetMode(string id, ProgressionMode mode) => Admin(id, (job, now) =>
    {
        job.Mode = mode;
        job.Reads = 0;
        if (job.HoldsSlot)
        {
            _progression.Start(job, now);
        }
    });

    /// <summary>Moves time-mode jobs, and polls jobs past <c>--polls-timeout</c>, on even when nobody polls (so their webhooks fire).</summary>
    public void Tick() => Locked(() =>
    {
        var now = _clock.GetUtcNow();
        foreach (var job in _jobs.Where(j => j.HoldsSlot && j.Mode.Kind is ProgressionKind.Time or ProgressionKind.Polls).ToList())
        {
            _progression.Evaluate(job, now);
        }

        return 0;
    });

    /// <summary>
    /// Parses the stored drafts nothing has used yet, outside the lock (each parses once, whichever thread asks first).
    /// A draft that cannot be read is left to fail where it is used, as it would have without the warm-up.
    /// </summary>
    public void WarmStoredDrafts(CancellationToken stop)
    {
        foreach (var job in Locked(() => _jobs.Where(j => j.DraftPending).ToList()))
        {
            stop.ThrowIfCancellationRequested();
            try
            {
                _ = job.Draft;
            }
            catch (Exception e) when (e is IOException or System.Text.Json.JsonException)
            {
            }
        }
    }

    /// <summary>How many jobs are kept (retention sweeps when it changes).</summary>
    public int Count
    {
        get
        {
            // Every request's retention check asks; a count changes nothing, so it needs the lock and nothing else.
            lock (_gate)
            {
                return _jobs.Count;
            }
        }
    }

    /// <summary>Retention: every job as the rules see it (a finished job is at rest since it finished).</summary>
    public IReadOnlyList<RetentionCandidate> RetentionCandidates() => Locked(() =>
        _jobs.Select(j => new RetentionCandidate(j.Id, j.OwnerKeyId, j.CompletedAt ?? j.CreatedAt, j.IsTerminal)).ToList());

    /// <summary>Retention: forgets these jobs if they have finished (a running job is never forgotten); returns their ids.</summary>
    public IReadOnlyList<string> Forget(IReadOnlySet<string> ids) => Locked(() =>
    {
        var gone = _jobs.Where(j => j.IsTerminal && ids.Contains(j.Id)).ToList();
        _jobs.RemoveAll(gone.Contains);
        foreach (var job in gone)
        {
            // Out of the id index and the store too, or a forgotten video would still be found (and come back after a restart).
            _byId.Remove(job.Id);
            _state.DeleteJob(job.Id);
        }

        return gone.Select(j => j.Id).ToList();
    });

    public void Reset() => Locked(() =>
    {
        _jobs.Clear();
        _byId.Clear();
        _changes.Drain();
        return 0;
    });

    private JobSnapshot? Admin(string id, Action<Job, DateTimeOffset> change) => Locked(() =>
    {
        var job = ById(id);
        if (job is null)
        {
            return null;
        }

        if (!job.IsTerminal)
        {
            change(job, _clock.GetUtcNow());
        }

        return job.Snapshot();
    });

    /// <summary>Snapshots after moving time-mode jobs on, one by one (a job that ends may start a waiting one later in the list).</summary>
    private List<JobSnapshot> EvaluatedSnapshots(IEnumerable<Job> jobs)
    {
        var now = _clock.GetUtcNow();
        return jobs.Select(j =>
        {
            _progression.Evaluate(j, now);
            return j.Snapshot();
        }).ToList();
    }

    // Endings free slots; the slots' waiting jobs then start through the progression (JobOutcomes → here → JobSlots).
    private void PromoteWaiting(string ownerKeyId, DateTimeOffset now) => _slots.PromoteWaiting(ownerKeyId, now);

    private Job? Owned(string ownerKeyId, string id) => ById(id) is { } job && job.OwnerKeyId == ownerKeyId ? job : null;

    private Job? ById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>
    /// Runs under the lock and stores what it changed (jobs and their ledgers, one transaction) before returning, so
    /// the answer is never sent for a change a crash could lose; then hands finished jobs to the webhook notifier.
    /// </summary>
    private T Locked<T>(Func<T> action)
    {
        IReadOnlyList<WebhookJobEvent> finished;
        T result;
        lock (_gate)
        {
            using (_state.BeginBatch())
            {
                try
                {
                    result = action();
                }
                finally
                {
                    foreach (var (job, isNew) in _changes.Drain())
                    {
                        _state.SaveJob(job, isNew);
                    }
                }
            }

            finished = _outcomes.TakeEvents();
        }

        _outcomes.Publish(finished);
        return result;
    }
}

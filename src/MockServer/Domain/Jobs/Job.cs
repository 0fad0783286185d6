namespace AvatarIV.MockServer.Domain.Jobs;

/// <summary>A video job's mutable state. Only <see cref="JobEngine"/> and its helpers (<see cref="JobSlots"/>, <see cref="JobProgression"/>, <see cref="JobOutcomes"/>) touch it, under the engine's lock.</summary>
internal sealed class Job
{
    private readonly List<JobStatusChange> _history;
    private readonly TimeProvider _clock;
    private readonly JobChangeLog? _changes;

    /// <summary>A stored job's draft, parsed on first use (start-up reads 10,000 jobs without parsing 10,000 requests).</summary>
    private readonly Lazy<JobDraft>? _storedDraft;
    private JobDraft? _draft;
    private ProgressionMode _mode;
    private int _reads;
    private DateTimeOffset? _startedAt;
    private DateTimeOffset? _completedAt;
    private string? _failureCode;
    private string? _failureMessage;

    /// <summary>The last snapshot, kept until the job changes: lists of thousands of jobs then allocate nothing per job.</summary>
    private JobSnapshot? _snapshot;

    public Job(string id, JobDraft draft, ProgressionMode mode, DateTimeOffset createdAt, TimeProvider clock, JobChangeLog? changes = null)
        : this(id, draft, mode, createdAt, clock, changes, [new(JobStatus.Waiting, createdAt)])
    {
        _changes?.Created(this);
    }

    private Job(string id, JobDraft draft, ProgressionMode mode, DateTimeOffset createdAt, TimeProvider clock, JobChangeLog? changes, List<JobStatusChange> history)
        : this(id, draft.OwnerKeyId, mode, createdAt, clock, changes, history)
    {
        _draft = draft;
    }

    /// <summary>A job read back from the state directory, with the history it had; its draft is parsed when first needed.</summary>
    public Job(string id, string ownerKeyId, Lazy<JobDraft> draft, ProgressionMode mode, DateTimeOffset createdAt, TimeProvider clock, JobChangeLog? changes, List<JobStatusChange> history)
        : this(id, ownerKeyId, mode, createdAt, clock, changes, history)
    {
        _storedDraft = draft;
    }

    private Job(string id, string ownerKeyId, ProgressionMode mode, DateTimeOffset createdAt, TimeProvider clock, JobChangeLog? changes, List<JobStatusChange> history)
    {
        Id = id;
        OwnerKeyId = ownerKeyId;
        CreatedAt = createdAt;
        _mode = mode;
        _clock = clock;
        _changes = changes;
        _history = history;
    }

    public string Id { get; }

    /// <summary>The key id that owns the job (also <c>Draft.OwnerKeyId</c>, without parsing a stored draft).</summary>
    public string OwnerKeyId { get; }

    // Thread-safe: the lazy parses once; the cached reference may be written twice with the same draft.
    public JobDraft Draft => _draft ??= _storedDraft!.Value;

    /// <summary>Whether a stored draft is still unparsed (start-up's background warm-up skips the others).</summary>
    public bool DraftPending => _draft is null && _storedDraft is { IsValueCreated: false };
    public ProgressionMode Mode { get => _mode; set => Change(ref _mode, value); }
    /// <summary>Every change is kept in <see cref="History"/>, stamped with the mock's clock, for the admin API and dashboard.</summary>
    public JobStatus Status
    {
        get => _history[^1].Status;
        set
        {
            if (value != Status)
            {
                _history.Add(new(value, _clock.GetUtcNow()));
                _snapshot = null;
                _changes?.Changed(this);
            }
        }
    }

    public IReadOnlyList<JobStatusChange> History => _history;
    public int Reads { get => _reads; set => Change(ref _reads, value); }
    public DateTimeOffset CreatedAt { get; }
    public DateTimeOffset? StartedAt { get => _startedAt; set => Change(ref _startedAt, value); }
    public DateTimeOffset? CompletedAt { get => _completedAt; set => Change(ref _completedAt, value); }
    public string? FailureCode { get => _failureCode; set => Change(ref _failureCode, value); }
    public string? FailureMessage { get => _failureMessage; set => Change(ref _failureMessage, value); }

    public bool IsTerminal => Status is JobStatus.Completed or JobStatus.Failed;

    /// <summary>Started and not finished: it occupies one of the key's render slots.</summary>
    public bool HoldsSlot => Status is JobStatus.Pending or JobStatus.Processing;

    public JobSnapshot Snapshot() => _snapshot ??= new(
        Id, OwnerKeyId, Draft.Surface, Status, Mode, Reads, Draft.Request.Title, Draft.DurationSeconds, Draft.Cost,
        Draft.Width, Draft.Height, CreatedAt, CompletedAt, FailureCode, FailureMessage, Draft.Request.CallbackId, Draft.Request.CallbackUrl,
        Draft.Request.Quality, Draft.BaseUrl, Draft.Request.FolderId, Draft.Request.Caption);

    // Every setter reports to the change log, so the engine stores exactly the jobs a call touched.
    private void Change<T>(ref T field, T value)
    {
        if (!EqualityComparer<T>.Default.Equals(field, value))
        {
            field = value;
            _snapshot = null;
            _changes?.Changed(this);
        }
    }
}

namespace AvatarIV.MockServer.Domain.Jobs;

/// <summary>A video job's mutable state. Only <see cref="JobEngine"/> and its helpers (<see cref="JobSlots"/>, <see cref="JobProgression"/>, <see cref="JobOutcomes"/>) touch it, under the engine's lock.</summary>
internal sealed class Job(string id, JobDraft draft, ProgressionMode mode, DateTimeOffset createdAt, TimeProvider clock)
{
    private readonly List<JobStatusChange> _history = [new(JobStatus.Waiting, createdAt)];

    public string Id { get; } = id;
    public JobDraft Draft { get; } = draft;
    public ProgressionMode Mode { get; set; } = mode;
    /// <summary>Every change is kept in <see cref="History"/>, stamped with the mock's clock, for the admin API and dashboard.</summary>
    public JobStatus Status
    {
        get => _history[^1].Status;
        set
        {
            if (value != Status)
            {
                _history.Add(new(value, clock.GetUtcNow()));
            }
        }
    }

    public IReadOnlyList<JobStatusChange> History => _history;
    public int Reads { get; set; }
    public DateTimeOffset CreatedAt { get; } = createdAt;
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public string? FailureCode { get; set; }
    public string? FailureMessage { get; set; }

    public bool IsTerminal => Status is JobStatus.Completed or JobStatus.Failed;

    /// <summary>Started and not finished: it occupies one of the key's render slots.</summary>
    public bool HoldsSlot => Status is JobStatus.Pending or JobStatus.Processing;

    public JobSnapshot Snapshot() => new(
        Id, Draft.OwnerKeyId, Draft.Surface, Status, Mode, Reads, Draft.Request.Title, Draft.DurationSeconds, Draft.Cost,
        Draft.Width, Draft.Height, CreatedAt, CompletedAt, FailureCode, FailureMessage, Draft.Request.CallbackId, Draft.Request.CallbackUrl,
        Draft.Request.Quality, Draft.BaseUrl);
}

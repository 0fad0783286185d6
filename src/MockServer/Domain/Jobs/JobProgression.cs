using AvatarIV.MockServer.Hosting;

namespace AvatarIV.MockServer.Domain.Jobs;

/// <summary>
/// How a started job moves by its mode: <c>immediate</c> ends at once, <c>polls:N</c> counts status reads (or ends by <c>--polls-timeout</c>),
/// <c>manual</c> waits for admin steps, <c>time</c> ends after duration ÷ render speed of the mock's clock.
/// Called only under <see cref="JobEngine"/>'s lock.
/// </summary>
internal sealed class JobProgression(MockServerOptions options, JobOutcomes outcomes)
{
    /// <summary>The job has a slot: it begins its mode's progression.</summary>
    public void Start(Job job, DateTimeOffset now)
    {
        job.StartedAt = now;
        switch (job.Mode.Kind)
        {
            case ProgressionKind.Immediate:
                outcomes.Finish(job, now);
                break;
            case ProgressionKind.Time:
                job.Status = JobStatus.Processing;
                break;
            default:
                job.Status = JobStatus.Pending;
                break;
        }
    }

    /// <summary>A status read: polls:N counts it (read 1 pending, then processing, read N terminal).</summary>
    public void CountRead(Job job, DateTimeOffset now)
    {
        Evaluate(job, now);
        if (job.Mode.Kind != ProgressionKind.Polls || !job.HoldsSlot)
        {
            return;
        }

        job.Reads++;
        if (job.Reads >= job.Mode.Polls)
        {
            outcomes.Finish(job, now);
        }
        else
        {
            job.Status = job.Reads == 1 ? JobStatus.Pending : JobStatus.Processing;
        }
    }

    /// <summary>
    /// Ends a time-mode job whose render time has passed, and a <c>polls:N</c> job nobody has read N times within
    /// <c>--polls-timeout</c> of its start: a client that waits for the webhook instead of polling still gets it,
    /// and the job gives its render slot back.
    /// </summary>
    public void Evaluate(Job job, DateTimeOffset now)
    {
        var due = job.Mode.Kind switch
        {
            ProgressionKind.Time => job.Status == JobStatus.Processing && now >= FinishesAt(job),
            ProgressionKind.Polls => job.HoldsSlot && PollsDeadline(job) is { } deadline && now >= deadline,
            _ => false,
        };
        if (due)
        {
            outcomes.Finish(job, now);
        }
    }

    /// <summary>When an unread <c>polls:N</c> job finishes by time; null with <c>--polls-timeout 0</c>.</summary>
    public DateTimeOffset? PollsDeadline(Job job) =>
        options.PollsTimeoutSeconds > 0 ? (job.StartedAt ?? job.CreatedAt) + TimeSpan.FromSeconds(options.PollsTimeoutSeconds) : null;

    /// <summary>Admin: one step forward (waiting → pending → processing → terminal).</summary>
    public void Advance(Job job, DateTimeOffset now)
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
                outcomes.Finish(job, now);
                break;
        }
    }

    /// <summary>When a time-mode job is done: its start plus its duration ÷ render speed.</summary>
    public DateTimeOffset FinishesAt(Job job) =>
        (job.StartedAt ?? job.CreatedAt) + TimeSpan.FromSeconds(job.Draft.DurationSeconds / options.RenderSpeed);
}

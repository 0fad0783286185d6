using System.Text.Json;
using AvatarIV.MockServer.Domain;
using AvatarIV.MockServer.Domain.Jobs;

namespace AvatarIV.MockServer.Persistence;

/// <summary>
/// Jobs in <c>mock.db</c>: the draft (the create request, priced) is written once, with its photo and audio as
/// blobs; the state (mode, reads, times, failure, status history) is rewritten whenever the job moves.
/// </summary>
internal static class JobRows
{
    /// <summary>
    /// Stores a new job's photo and audio blobs. Called before the job is created, outside the engine's lock, so that
    /// <see cref="SaveJob"/> (under it) finds their hashes remembered instead of hashing megabytes.
    /// </summary>
    public static void SaveJobMedia(this MockState state, JobDraft draft)
    {
        if (state.Files is { } files)
        {
            Blob(files, draft.Photo);
            Blob(files, draft.Audio);
        }
    }

    public static void SaveJob(this MockState state, Job job, bool isNew)
    {
        if (state.Files is not { } files)
        {
            return;
        }

        var jobState = JsonSerializer.Serialize(StoredJobState.Of(job), StateJsonContext.Default.StoredJobState);
        if (isNew)
        {
            var draft = JsonSerializer.Serialize(new StoredDraft(WithoutBytes(job.Draft), Blob(files, job.Draft.Photo), Blob(files, job.Draft.Audio)), StateJsonContext.Default.StoredDraft);
            state.Write(new(
                "INSERT OR REPLACE INTO jobs(id, owner_key_id, draft, state) VALUES($id, $owner, $draft, $state)",
                ("$id", job.Id), ("$owner", job.Draft.OwnerKeyId), ("$draft", draft), ("$state", jobState)));
        }
        else
        {
            state.Write(new("UPDATE jobs SET state = $state WHERE id = $id", ("$id", job.Id), ("$state", jobState)));
        }
    }

    public static void DeleteJob(this MockState state, string id) =>
        state.Write(new("DELETE FROM jobs WHERE id = $id", ("$id", id)));

    /// <summary>Every stored job, oldest first; blobs shared by many jobs are read once and shared in memory too.</summary>
    public static List<Job> LoadJobs(this MockState state, TimeProvider clock, JobChangeLog changes)
    {
        var blobs = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        byte[]? Blob(string? hash) => hash is null ? null : blobs.TryGetValue(hash, out var bytes) ? bytes : blobs[hash] = state.Files!.GetBlob(hash);

        return state.Query("SELECT id, draft, state FROM jobs ORDER BY rowid", r =>
        {
            var stored = JsonSerializer.Deserialize(r.GetString(1), StateJsonContext.Default.StoredDraft)!;
            var jobState = JsonSerializer.Deserialize(r.GetString(2), StateJsonContext.Default.StoredJobState)!;
            var draft = stored.Draft with { Photo = Blob(stored.PhotoBlob), Audio = Blob(stored.AudioBlob) };
            return jobState.Restore(r.GetString(0), draft, clock, changes);
        });
    }

    private static string? Blob(StateFiles files, byte[]? bytes) => bytes is null ? null : files.PutBlob(bytes);

    private static JobDraft WithoutBytes(JobDraft draft) => draft with
    {
        Photo = null,
        Audio = null,
        Request = draft.Request with { Image = draft.Request.Image with { Bytes = null }, Audio = draft.Request.Audio is { } audio ? audio with { Bytes = null } : null },
    };

    internal sealed record StoredDraft(JobDraft Draft, string? PhotoBlob, string? AudioBlob);

    internal sealed record StoredJobState(
        string Mode, int Reads, DateTimeOffset CreatedAt, DateTimeOffset? StartedAt, DateTimeOffset? CompletedAt,
        string? FailureCode, string? FailureMessage, List<JobStatusChange> History)
    {
        public static StoredJobState Of(Job job) => new(
            job.Mode.ToString(), job.Reads, job.CreatedAt, job.StartedAt, job.CompletedAt, job.FailureCode, job.FailureMessage, [.. job.History]);

        public Job Restore(string id, JobDraft draft, TimeProvider clock, JobChangeLog changes)
        {
            var mode = ProgressionMode.TryParse(Mode, out var parsed) ? parsed : new ProgressionMode(ProgressionKind.Manual);
            return new Job(id, draft, mode, CreatedAt, clock, changes, History)
            {
                Reads = Reads,
                StartedAt = StartedAt,
                CompletedAt = CompletedAt,
                FailureCode = FailureCode,
                FailureMessage = FailureMessage,
            };
        }
    }
}

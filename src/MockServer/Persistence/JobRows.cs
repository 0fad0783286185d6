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
                ("$id", job.Id), ("$owner", job.OwnerKeyId), ("$draft", draft), ("$state", jobState)));
        }
        else
        {
            state.Write(new("UPDATE jobs SET state = $state WHERE id = $id", ("$id", job.Id), ("$state", jobState)));
        }
    }

    public static void DeleteJob(this MockState state, string id) =>
        state.Write(new("DELETE FROM jobs WHERE id = $id", ("$id", id)));

    /// <summary>
    /// Every stored job, oldest first. Start-up parses only the small state rows (on every core); each draft stays as
    /// its JSON until first used (<see cref="Job.Draft"/>). Blobs shared by many jobs are read once and shared in memory.
    /// </summary>
    public static List<Job> LoadJobs(this MockState state, TimeProvider clock, JobChangeLog changes)
    {
        var blobs = new BlobCache(state.Files!);
        var rows = state.Query("SELECT id, owner_key_id, draft, state FROM jobs ORDER BY rowid", r => (Id: r.GetString(0), Owner: r.GetString(1), Draft: r.GetString(2), State: r.GetString(3)));
        var states = rows.AsParallel().AsOrdered()
            .Select(r => JsonSerializer.Deserialize(r.State, StateJsonContext.Default.StoredJobState)!)
            .ToList();
        return rows.Select((r, i) =>
        {
            var json = r.Draft;
            return states[i].Restore(r.Id, r.Owner, new Lazy<JobDraft>(() => ParseDraft(json, blobs)), clock, changes);
        }).ToList();
    }

    private static JobDraft ParseDraft(string json, BlobCache blobs)
    {
        var stored = JsonSerializer.Deserialize(json, StateJsonContext.Default.StoredDraft)!;
        return stored.Draft with { Photo = blobs.Get(stored.PhotoBlob), Audio = blobs.Get(stored.AudioBlob) };
    }

    private static string? Blob(StateFiles files, byte[]? bytes) => bytes is null ? null : files.PutBlob(bytes);

    private static JobDraft WithoutBytes(JobDraft draft) => draft with
    {
        Photo = null,
        Audio = null,
        Request = draft.Request with { Image = draft.Request.Image with { Bytes = null }, Audio = draft.Request.Audio is { } audio ? audio with { Bytes = null } : null },
    };

    /// <summary>Photo and audio blobs by hash, each read from disk once; drafts are parsed on any thread.</summary>
    private sealed class BlobCache(StateFiles files)
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<byte[]>> _blobs = new(StringComparer.Ordinal);

        public byte[]? Get(string? hash) => hash is null ? null : _blobs.GetOrAdd(hash, h => new Lazy<byte[]>(() => files.GetBlob(h))).Value;
    }

    internal sealed record StoredDraft(JobDraft Draft, string? PhotoBlob, string? AudioBlob);

    internal sealed record StoredJobState(
        string Mode, int Reads, DateTimeOffset CreatedAt, DateTimeOffset? StartedAt, DateTimeOffset? CompletedAt,
        string? FailureCode, string? FailureMessage, List<JobStatusChange> History)
    {
        public static StoredJobState Of(Job job) => new(
            job.Mode.ToString(), job.Reads, job.CreatedAt, job.StartedAt, job.CompletedAt, job.FailureCode, job.FailureMessage, [.. job.History]);

        public Job Restore(string id, string ownerKeyId, Lazy<JobDraft> draft, TimeProvider clock, JobChangeLog changes)
        {
            var mode = ProgressionMode.TryParse(Mode, out var parsed) ? parsed : new ProgressionMode(ProgressionKind.Manual);
            return new Job(id, ownerKeyId, draft, mode, CreatedAt, clock, changes, History)
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

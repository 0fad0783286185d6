using AvatarIV.MockServer.Domain.Jobs;

namespace AvatarIV.MockServer.Admin;

/// <summary>A job as the admin API shows it (owner as key id only).</summary>
public sealed record JobAdminView(
    string Id,
    string Status,
    string Surface,
    string OwnerKeyId,
    string? Title,
    double DurationSeconds,
    decimal Cost,
    string Mode,
    int Reads,
    int Width,
    int Height,
    string? Quality,
    long CreatedAt,
    long? CompletedAt,
    JobAdminView.JobError? Error)
{
    public sealed record JobError(string Code, string Message);

    public static JobAdminView Of(JobSnapshot job) => new(
        job.Id,
        job.Status.ToString().ToLowerInvariant(),
        job.Surface.ToString().ToLowerInvariant(),
        job.OwnerKeyId,
        job.Title,
        job.DurationSeconds,
        job.Cost,
        job.Mode.ToString(),
        job.Reads,
        job.Width,
        job.Height,
        job.Quality,
        job.CreatedAt.ToUnixTimeSeconds(),
        job.CompletedAt?.ToUnixTimeSeconds(),
        job.IsFailed ? new JobError(job.FailureCode!, job.FailureMessage!) : null);
}

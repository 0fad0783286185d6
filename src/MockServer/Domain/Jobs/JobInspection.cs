namespace AvatarIV.MockServer.Domain.Jobs;

/// <summary>A job as it stands, the create request behind it (after media resolution) and every status it went through.</summary>
public sealed record JobInspection(JobSnapshot Snapshot, JobDraft Draft, IReadOnlyList<JobStatusChange> History);

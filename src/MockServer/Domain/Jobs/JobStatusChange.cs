namespace AvatarIV.MockServer.Domain.Jobs;

/// <summary>One step of a job's status history: the status it entered and when, by the mock's clock.</summary>
public sealed record JobStatusChange(JobStatus Status, DateTimeOffset At);

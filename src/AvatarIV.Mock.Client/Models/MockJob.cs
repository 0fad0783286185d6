namespace AvatarIV.Mock.Client.Models;

/// <summary>A job as <c>GET /_mock/jobs</c> shows it (the owner as a key id only). Times are Unix seconds.</summary>
public sealed record MockJob(
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
    MockJobError? Error);

/// <summary>Why a job failed: a render failure code such as <c>video_too_long</c>, and its message.</summary>
public sealed record MockJobError(string Code, string Message);

namespace AvatarIV.MockServer.Journal;

/// <summary>
/// One recorded request. Never holds an API key: <see cref="KeyId"/> is the key's hash id and
/// credential-like query values are redacted. <see cref="RequestId"/> is the
/// <c>X-Request-Id</c> the response carried (null in entries stored before the mock recorded it). <see cref="Status"/> is null when the connection was dropped.
/// </summary>
public sealed record JournalEntry(
    long Sequence,
    string Method,
    string Path,
    string Query,
    int? Status,
    long DurationMs,
    DateTimeOffset Time,
    string Surface,
    string? KeyId,
    string? IdempotencyKey,
    string? Fault,
    string? RequestId = null);

namespace AvatarIV.Mock.Client.Models;

/// <summary>
/// One request the mock answered (<c>GET /_mock/journal</c>). Never holds a key: <see cref="KeyId"/> is its id.
/// <see cref="Status"/> is null when the connection was dropped; <see cref="Fault"/> names an injected fault;
/// <see cref="RequestId"/> is the <c>X-Request-Id</c> the mock answered with.
/// </summary>
public sealed record MockJournalEntry(
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

namespace AvatarIV.MockServer.Domain.Retention;

/// <summary>
/// One stored item as retention sees it: whose it is, since when it has been at rest (a job: when it finished; an
/// asset: when it was uploaded), and whether it may go at all (a job still rendering may not).
/// </summary>
public sealed record RetentionCandidate(string Id, string OwnerKeyId, DateTimeOffset AtRestSince, bool Evictable);

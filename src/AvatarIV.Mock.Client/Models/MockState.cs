namespace AvatarIV.Mock.Client.Models;

/// <summary>Everything the mock holds (<c>GET /_mock/state</c>); keys appear only as key ids.</summary>
public sealed record MockState(
    IReadOnlyList<MockAsset> Assets,
    IReadOnlyList<MockJob> Jobs,
    IReadOnlyList<MockLedger> Ledgers);

/// <summary>An uploaded asset.</summary>
public sealed record MockAsset(
    string Id,
    string OwnerKeyId,
    string FileType,
    string MimeType,
    long SizeBytes,
    string? ImageKey,
    long CreatedTs);

/// <summary>A key's credits. <see cref="KeyHint"/> is the key id (<see cref="MockKeyId"/>).</summary>
public sealed record MockLedger(string KeyHint, string Tier, decimal BalanceCredits, decimal ReservedCredits);

namespace AvatarIV.MockServer.Domain.Ledgers;

/// <summary>One API key's credits. A create reserves (the balance drops at once); a failure gives the reservation back.</summary>
public sealed class Ledger(string keyId, string tier, decimal balance)
{
    public string KeyId { get; } = keyId;
    public string Tier { get; set; } = tier;
    public decimal Balance { get; set; } = balance;
    public decimal Reserved { get; set; }
}

public sealed record LedgerSnapshot(string KeyHint, string Tier, decimal BalanceCredits, decimal ReservedCredits);

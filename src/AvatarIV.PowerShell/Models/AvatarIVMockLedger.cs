namespace AvatarIV.PowerShell.Models;

/// <summary>A key's credits in the mock (Set-AvatarIVMockBalance -PassThru). The key shows only as its id.</summary>
public sealed class AvatarIVMockLedger
{
    /// <summary>The mock's name for the key: key_ + 8 hex digits of its SHA-256.</summary>
    public string KeyId { get; set; } = "";

    public string Tier { get; set; } = "";

    public decimal BalanceCredits { get; set; }

    public decimal ReservedCredits { get; set; }
}

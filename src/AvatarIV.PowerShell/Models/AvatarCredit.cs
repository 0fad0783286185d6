namespace AvatarIV.PowerShell.Models;

/// <summary>The remaining balance (Get-AvatarIVCredit).</summary>
public sealed class AvatarCredit
{
    public decimal RemainingCredits { get; set; }

    /// <summary>Legacy quota units (credits × 60).</summary>
    public long? QuotaUnits { get; set; }

    /// <summary>v3 wallet balance in USD.</summary>
    public decimal? WalletUsd { get; set; }

    public string? Plan { get; set; }

    public AvatarIVApiVersion ApiVersion { get; set; }
}

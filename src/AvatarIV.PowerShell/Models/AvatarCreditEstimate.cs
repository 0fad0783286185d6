namespace AvatarIV.PowerShell.Models;

/// <summary>What a planned video will cost (Get-AvatarIVCredit -Estimate, and New-AvatarIVVideo -WhatIf).</summary>
public sealed class AvatarCreditEstimate
{
    /// <summary>Script, Audio or Duration: what the length was estimated from.</summary>
    public string Source { get; set; } = "";

    public double DurationSeconds { get; set; }

    public double BilledSeconds { get; set; }

    public decimal Credits { get; set; }

    public long QuotaUnits { get; set; }

    public decimal Usd { get; set; }

    public bool HasMotionPrompt { get; set; }

    public AvatarIVApiVersion ApiVersion { get; set; }
}

namespace AvatarIV.Core;

/// <summary>What is left to spend, in credits on both surfaces (legacy quota ÷ 60; v3 wallet USD ÷ USD per credit).</summary>
public sealed record CreditBalance
{
    public decimal RemainingCredits { get; init; }

    /// <summary>Legacy <c>remaining_quota</c> (credits × 60).</summary>
    public long? QuotaUnits { get; init; }

    /// <summary>v3 wallet balance in USD.</summary>
    public decimal? WalletUsd { get; init; }

    public string? Plan { get; init; }

    public ApiSurface Surface { get; init; }
}

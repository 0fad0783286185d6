using System.Text.Json;

namespace AvatarIV.MockServer.Domain.Facts;

/// <summary>
/// HeyGen's published numbers the mock charges and limits with: the repository's one data file
/// (<c>src/AvatarIV.Core/Facts/heygen-facts.json</c>, embedded in this assembly as a copy of the data, not of any code),
/// or the file <c>--facts</c> names. Only the numbers are shared with the client; what the mock does with them is its own.
/// </summary>
public sealed record MockFacts
{
    private const string EmbeddedName = "AvatarIV.MockServer.heygen-facts.json";

    private static readonly JsonSerializerOptions Reading = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public LedgerNumbers Ledger { get; init; } = new();
    public PricingTable Pricing { get; init; } = new();
    public Dictionary<string, TierLimits> Tiers { get; init; } = [];
    public UploadAndLengthLimits Limits { get; init; } = new();
    public SpeakingRate Speech { get; init; } = new();

    /// <summary>The facts built into this mock.</summary>
    public static MockFacts BuiltIn()
    {
        using var stream = typeof(MockFacts).Assembly.GetManifestResourceStream(EmbeddedName)
            ?? throw new InvalidOperationException($"The mock was built without its embedded {EmbeddedName}.");
        return Read(stream);
    }

    /// <summary>Reads a facts file; tier and profile names match case-insensitively.</summary>
    public static MockFacts Read(Stream json)
    {
        var facts = JsonSerializer.Deserialize<MockFacts>(json, Reading) ?? throw new InvalidDataException("The facts file holds no object.");
        return facts with
        {
            Tiers = new Dictionary<string, TierLimits>(facts.Tiers, StringComparer.OrdinalIgnoreCase),
            Pricing = facts.Pricing with { Profiles = new Dictionary<string, SurfacePrices>(facts.Pricing.Profiles, StringComparer.OrdinalIgnoreCase) },
        };
    }

    public TierLimits Tier(string name) =>
        Tiers.TryGetValue(name, out var tier) ? tier : throw new KeyNotFoundException($"No tier '{name}' in the facts (known: {string.Join(", ", Tiers.Keys)}).");
}

public sealed record LedgerNumbers
{
    /// <summary>Legacy <c>remaining_quota</c> units per credit (documented: 60).</summary>
    public int QuotaUnitsPerCredit { get; init; } = 60;

    /// <summary>The v3 wallet's dollars per credit.</summary>
    public decimal UsdPerCredit { get; init; } = 0.5m;

    public int BillingGranularitySeconds { get; init; } = 1;
}

public sealed record PricingTable
{
    public string DefaultProfile { get; init; } = "api";
    public Dictionary<string, SurfacePrices> Profiles { get; init; } = [];
}

public sealed record SurfacePrices
{
    public SurfaceRate Legacy { get; init; } = new();
    public SurfaceRate V3 { get; init; } = new();

    /// <summary>v3 videos of video avatars (digital twins, studio avatars); null = the v3 photo rate.</summary>
    public SurfaceRate? V3VideoAvatar { get; init; }
}

public sealed record SurfaceRate
{
    public decimal CreditsPerSecond { get; init; }
    public decimal MotionPromptMultiplier { get; init; } = 1m;
    public Dictionary<string, decimal> ResolutionMultipliers { get; init; } = [];
}

public sealed record TierLimits
{
    public decimal MonthlyCredits { get; init; }

    /// <summary>Legacy render slots.</summary>
    public int Concurrency { get; init; }

    public int V3Concurrency { get; init; }
    public double MaxVideoSeconds { get; init; }
    public string MaxResolution { get; init; } = "720p";
}

public sealed record UploadAndLengthLimits
{
    public int ScriptMaxChars { get; init; } = 5000;
    public double V3AudioMaxSeconds { get; init; } = 600;
    public long LegacyUploadMaxBytes { get; init; } = 10L * 1024 * 1024;
    public long V3UploadMaxBytes { get; init; } = 32L * 1024 * 1024;
    public double MinVideoSeconds { get; init; } = 1;
}

public sealed record SpeakingRate
{
    public double WordsPerMinute { get; init; } = 150;
    public double SentencePauseSeconds { get; init; } = 0.3;
}

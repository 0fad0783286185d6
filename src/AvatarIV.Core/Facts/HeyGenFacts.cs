using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AvatarIV.Core.Facts;

/// <summary>
/// HeyGen's numbers (pricing, tiers, limits, speaking rate) from the one data file both the client and the mock read:
/// <c>Facts/heygen-facts.json</c>, embedded in this assembly.
/// </summary>
public sealed class HeyGenFacts
{
    private static readonly Lazy<HeyGenFacts> LazyDefault = new(LoadEmbedded);

    /// <summary>The facts shipped with this build.</summary>
    public static HeyGenFacts Default => LazyDefault.Value;

    [JsonPropertyName("ledger")] public LedgerFacts Ledger { get; set; } = new();
    [JsonPropertyName("pricing")] public PricingFacts Pricing { get; set; } = new();
    [JsonPropertyName("tiers")] public Dictionary<string, TierFacts> Tiers { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    [JsonPropertyName("limits")] public LimitFacts Limits { get; set; } = new();
    [JsonPropertyName("speech")] public SpeechFacts Speech { get; set; } = new();

    /// <summary>The named tier, or a clear error that lists the known ones.</summary>
    public TierFacts Tier(string name) =>
        Tiers.TryGetValue(name, out var tier)
            ? tier
            : throw new ArgumentException($"Unknown plan tier '{name}'. Known tiers: {string.Join(", ", Tiers.Keys)}.", nameof(name));

    /// <summary>The named pricing profile (null = the default profile).</summary>
    public PricingProfile Profile(string? name = null)
    {
        var key = string.IsNullOrEmpty(name) ? Pricing.DefaultProfile : name!;
        return Pricing.Profiles.TryGetValue(key, out var profile)
            ? profile
            : throw new ArgumentException($"Unknown pricing profile '{key}'. Known profiles: {string.Join(", ", Pricing.Profiles.Keys)}.", nameof(name));
    }

    /// <summary>Reads facts from JSON (the embedded file, or an override a mock user supplies).</summary>
    public static HeyGenFacts Parse(string json)
    {
        var facts = JsonSerializer.Deserialize<HeyGenFacts>(json, new JsonSerializerOptions
        {
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        }) ?? throw new InvalidDataException("The facts file is empty.");
        facts.Tiers = new Dictionary<string, TierFacts>(facts.Tiers, StringComparer.OrdinalIgnoreCase);
        facts.Pricing.Profiles = new Dictionary<string, PricingProfile>(facts.Pricing.Profiles, StringComparer.OrdinalIgnoreCase);
        return facts;
    }

    private static HeyGenFacts LoadEmbedded()
    {
        const string name = "AvatarIV.Core.Facts.heygen-facts.json";
        using var stream = typeof(HeyGenFacts).GetTypeInfo().Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing from AvatarIV.Core.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}

public sealed class LedgerFacts
{
    [JsonPropertyName("quotaUnitsPerCredit")] public int QuotaUnitsPerCredit { get; set; } = 60;
    [JsonPropertyName("usdPerCredit")] public decimal UsdPerCredit { get; set; } = 0.5m;
    [JsonPropertyName("billingGranularitySeconds")] public int BillingGranularitySeconds { get; set; } = 1;
}

public sealed class PricingFacts
{
    [JsonPropertyName("defaultProfile")] public string DefaultProfile { get; set; } = "api";
    [JsonPropertyName("profiles")] public Dictionary<string, PricingProfile> Profiles { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

public sealed class PricingProfile
{
    [JsonPropertyName("legacy")] public SurfaceRate Legacy { get; set; } = new();
    [JsonPropertyName("v3")] public SurfaceRate V3 { get; set; } = new();

    /// <summary>v3 videos of video avatars (digital twins, studio avatars); null = the v3 photo rate.</summary>
    [JsonPropertyName("v3VideoAvatar")] public SurfaceRate? V3VideoAvatar { get; set; }

    public SurfaceRate For(ApiSurface surface) => surface == ApiSurface.Legacy ? Legacy : V3;

    /// <summary>The v3 rate of a video of an avatar look: video avatars (<c>digital_twin</c>, <c>studio_avatar</c>) have their own, photo avatars the photo rate.</summary>
    public SurfaceRate ForLook(string? avatarType) =>
        avatarType is "digital_twin" or "studio_avatar" ? V3VideoAvatar ?? V3 : V3;
}

public sealed class SurfaceRate
{
    [JsonPropertyName("creditsPerSecond")] public decimal CreditsPerSecond { get; set; }
    [JsonPropertyName("motionPromptMultiplier")] public decimal MotionPromptMultiplier { get; set; } = 1m;
    [JsonPropertyName("resolutionMultipliers")] public Dictionary<string, decimal> ResolutionMultipliers { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

public sealed class TierFacts
{
    [JsonPropertyName("monthlyCredits")] public decimal MonthlyCredits { get; set; }
    [JsonPropertyName("concurrency")] public int Concurrency { get; set; }
    [JsonPropertyName("v3Concurrency")] public int V3Concurrency { get; set; }
    [JsonPropertyName("maxVideoSeconds")] public double MaxVideoSeconds { get; set; }
    [JsonPropertyName("maxResolution")] public string MaxResolution { get; set; } = "720p";
}

public sealed class LimitFacts
{
    [JsonPropertyName("scriptMaxChars")] public int ScriptMaxChars { get; set; } = 5000;
    [JsonPropertyName("v3AudioMaxSeconds")] public double V3AudioMaxSeconds { get; set; } = 600;
    [JsonPropertyName("legacyUploadMaxBytes")] public long LegacyUploadMaxBytes { get; set; } = 10 * 1024 * 1024;
    [JsonPropertyName("v3UploadMaxBytes")] public long V3UploadMaxBytes { get; set; } = 32 * 1024 * 1024;
    [JsonPropertyName("photoMinPixels")] public int PhotoMinPixels { get; set; } = 512;
    [JsonPropertyName("photoMaxPixels")] public int PhotoMaxPixels { get; set; } = 2048;
    [JsonPropertyName("minVideoSeconds")] public double MinVideoSeconds { get; set; } = 1;
}

public sealed class SpeechFacts
{
    [JsonPropertyName("wordsPerMinute")] public double WordsPerMinute { get; set; } = 150;
    [JsonPropertyName("sentencePauseSeconds")] public double SentencePauseSeconds { get; set; } = 0.3;
}

using AvatarIV.MockServer.Hosting;

namespace AvatarIV.MockServer.Domain.Retention;

/// <summary>How much the mock keeps (docs/mock-contract.md, "Retention"); the flags' values, gathered.</summary>
public sealed record RetentionLimits(int MaxJobsPerKey, int MaxAssetsPerKey, TimeSpan? MaxAge, long RenderCacheBytes)
{
    /// <summary>HeyGen's Idempotency-Key lifetime.</summary>
    public static readonly TimeSpan IdempotencyLifetime = TimeSpan.FromHours(24);

    public static RetentionLimits From(MockServerOptions options) => new(
        options.MaxJobsPerKey,
        options.MaxAssetsPerKey,
        options.MaxAgeHours > 0 ? TimeSpan.FromHours(options.MaxAgeHours) : null,
        options.RenderCacheMb * 1024L * 1024);
}

using AvatarIV.TestSupport;

namespace AvatarIV.Core.Tests.Chaos;

/// <summary>
/// The seeded trouble of issue 8's chaos run, as mock fault rules on every public route: about 30 % 500/502/503
/// (some answered after the server acted, so a create may exist though its answer was lost), dropped connections,
/// latency, and bursts of 429 with <c>Retry-After</c>. The first rule that fires wins, so bursts go first.
/// </summary>
internal static class ChaosFaults
{
    public static async Task ApplyAsync(RunningMock mock)
    {
        await BurstAsync(mock);
        await mock.AddFaultAsync(new { path = "/*", kind = "status", status = 500, probability = 0.10 });
        await mock.AddFaultAsync(new { path = "/*", kind = "status", status = 502, probability = 0.10 });
        await mock.AddFaultAsync(new { path = "/*", kind = "status", status = 503, probability = 0.10, phase = "after" });
        await mock.AddFaultAsync(new { path = "/*", kind = "drop", probability = 0.05 });
        await mock.AddFaultAsync(new { path = "/*", kind = "status", status = 429, retry_after = 1, probability = 0.05 });
        await mock.AddFaultAsync(new { path = "/*", kind = "latency", latency_ms = 40, probability = 0.10 });
    }

    /// <summary>
    /// The next few requests, whatever they are, are refused with 429 and <c>Retry-After: 1</c>: a burst one call can
    /// sit out within its retries (the mock counts a burst in requests, where HeyGen's lasts a time).
    /// </summary>
    public static Task BurstAsync(RunningMock mock) =>
        mock.AddFaultAsync(new { path = "/*", kind = "status", status = 429, retry_after = 1, times = 5 });
}

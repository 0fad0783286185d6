namespace AvatarIV.MockServer.Hosting;

/// <summary>The flag names, their configuration spellings and examples used in error messages.</summary>
internal static class MockServerFlags
{
    private static readonly Dictionary<string, string> Examples = new(StringComparer.Ordinal)
    {
        ["urls"] = "--urls http://127.0.0.1:5080",
        ["api-key"] = "--api-key test-key",
        ["progression"] = "--progression polls:3",
        ["render-speed"] = "--render-speed 60",
        ["tier"] = "--tier pro",
        ["balance"] = "--balance 100",
        ["concurrency"] = "--concurrency 3",
        ["seed"] = "--seed 42",
        ["max-upload-mb"] = "--max-upload-mb 10",
        ["pricing-profile"] = "--pricing-profile api",
        ["facts"] = "--facts ./heygen-facts.json",
        ["fault"] = "--fault \"POST /v3/videos status=503 times=2\"",
        ["external-audio-seconds"] = "--external-audio-seconds 30",
        ["url-ttl"] = "--url-ttl 604800",
        ["allow-external-webhooks"] = "--allow-external-webhooks",
        ["webhook-retry-base-ms"] = "--webhook-retry-base-ms 500",
        ["state-dir"] = "--state-dir ./mock-state",
        ["max-jobs-per-key"] = "--max-jobs-per-key 10000",
        ["max-assets-per-key"] = "--max-assets-per-key 10000",
        ["max-age-hours"] = "--max-age-hours 720",
        ["render-cache-mb"] = "--render-cache-mb 256",
        ["folder"] = "--folder marketing",
        ["polls-timeout"] = "--polls-timeout 60",
    };

    public static IEnumerable<string> All => Examples.Keys;

    public static bool IsKnown(string flag) => Examples.ContainsKey(flag);

    public static bool IsSwitch(string flag) => flag == "allow-external-webhooks";

    public static string Example(string flag) => Examples.TryGetValue(flag, out var example) ? example : "--help";

    /// <summary>Maps a configuration key (<c>RenderSpeed</c>, <c>ApiKeys</c>) to its flag name.</summary>
    public static string? FromSettingName(string key)
    {
        var normalised = key.Replace("_", string.Empty).Replace("-", string.Empty).ToLowerInvariant();
        return normalised switch
        {
            "apikeys" => "api-key",
            "faultrules" or "faults" => "fault",
            "folders" => "folder",
            "pollstimeoutseconds" => "polls-timeout",
            "urlttlseconds" => "url-ttl",
            _ => All.FirstOrDefault(flag => flag.Replace("-", string.Empty) == normalised),
        };
    }
}

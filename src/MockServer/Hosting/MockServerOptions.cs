using System.Globalization;
using AvatarIV.MockServer.Domain.Facts;
using AvatarIV.MockServer.Domain;
using AvatarIV.MockServer.Webhooks;

namespace AvatarIV.MockServer.Hosting;

/// <summary>
/// The mock's settings (docs/mock-server.md, "Flags"). Layered lowest to highest: configuration section
/// <c>MockServer</c>, environment variables <c>AVATARIV_MOCK_*</c>, command-line flags.
/// </summary>
public sealed class MockServerOptions
{
    public const string ConfigurationSection = "MockServer";
    public const string EnvironmentPrefix = "AVATARIV_MOCK_";

    public string Urls { get; set; } = "http://127.0.0.1:0";
    /// <summary>Arguments left for ASP.NET Core; always empty, since unknown arguments are refused.</summary>
    public string[] RemainingArgs { get; set; } = [];

    /// <summary>Accepted keys; empty = any non-empty key is accepted and gets its own ledger.</summary>
    public List<string> ApiKeys { get; } = [];

    /// <summary>Default progression for new jobs: <c>immediate</c>, <c>time</c>, <c>polls:N</c> or <c>manual</c>.</summary>
    public string Progression { get; set; } = "time";

    /// <summary>Time mode: rendering takes video length ÷ this.</summary>
    public double RenderSpeed { get; set; } = 60;

    public string Tier { get; set; } = "pro";

    /// <summary>Starting credits of every new ledger; null = the tier's monthly credits.</summary>
    public decimal? Balance { get; set; }

    /// <summary>Overrides the tier's render slots on both surfaces.</summary>
    public int? Concurrency { get; set; }

    /// <summary>Makes ids, URL secrets and fault dice repeatable.</summary>
    public int? Seed { get; set; }

    /// <summary>Upload cap in MB replacing both surfaces' documented limits.</summary>
    public int? MaxUploadMb { get; set; }

    public string? PricingProfile { get; set; }

    /// <summary>A heygen-facts.json replacing the built-in facts.</summary>
    public string? FactsFile { get; set; }

    /// <summary>Raw <c>--fault</c> rules; the Faults feature parses them.</summary>
    public List<string> FaultRules { get; } = [];

    /// <summary>Length assumed for audio URLs the mock cannot fetch; 0 = such renders fail with <c>download_failed</c>.</summary>
    public double ExternalAudioSeconds { get; set; } = 30;

    public bool AllowExternalWebhooks { get; set; }

    /// <summary>Webhook retry schedule base: attempt n waits this × 2^(n-2) ms (what <c>PUT /_mock/webhooks/retry</c> sets).</summary>
    public int WebhookRetryBaseMs { get; set; } = WebhookRetrySettings.DefaultBaseDelayMs;

    /// <summary>Lifetime of minted media URLs (HeyGen's presigned links last 7 days).</summary>
    public int UrlTtlSeconds { get; set; } = 7 * 24 * 3600;

    /// <summary>Where state is kept between runs (docs/mock-contract.md, "Persistence"); null = in memory only.</summary>
    public string? StateDir { get; set; }

    /// <summary>Retention: jobs kept per key; past it the longest-finished go (running jobs always stay).</summary>
    public int MaxJobsPerKey { get; set; } = 10_000;

    /// <summary>Retention: assets kept per key; past it the oldest uploads go.</summary>
    public int MaxAssetsPerKey { get; set; } = 10_000;

    /// <summary>Retention: finished jobs and assets older than this (by the mock's clock) go; 0 = no age limit.</summary>
    public double MaxAgeHours { get; set; } = 30 * 24;

    /// <summary>100 years, the admin clock's own bound.</summary>
    private const double MaxAgeHoursLimit = 876_600;

    /// <summary>Retention: rendered videos and thumbnails kept in memory; past it the least recently used go (and are rendered again on demand).</summary>
    public int RenderCacheMb { get; set; } = 256;

    /// <summary>Folder ids every key has (<c>--folder</c>, repeatable).</summary>
    public List<string> Folders { get; } = [];

    /// <summary>A <c>polls:N</c> job nobody reads N times finishes this many seconds (mock clock) after it started; 0 = never.</summary>
    public double PollsTimeoutSeconds { get; set; } = 60;

    public static string HelpText => """
        avatariv-mock: an offline stand-in for HeyGen's Avatar IV API (v3, legacy v1/v2 and the guide's routes).

        Usage: avatariv-mock [flags]
          --urls URL                     where to listen (default http://127.0.0.1:0 = a free port; the first stdout line is the base URL)
          --api-key KEY                  accept only this key (repeatable); none = any non-empty key, each with its own ledger
          --progression MODE             immediate | time | polls:N | manual (default time)
          --render-speed X               time mode: rendering takes video length / X seconds (default 60)
          --tier NAME                    free | pro | scale | enterprise (default pro)
          --balance CREDITS              starting credits of every new key (default: the tier's monthly credits)
          --concurrency N                render slots per key on both surfaces (default: the tier's)
          --seed N                       repeatable ids, URL secrets and fault dice
          --max-upload-mb N              upload size cap for every surface (default: legacy 10 MB, v3 32 MB)
          --pricing-profile NAME         api | web-app (default api)
          --facts FILE                   a heygen-facts.json replacing the built-in numbers
          --fault RULE                   a fault rule, e.g. "POST /v3/videos status=503 times=2" (repeatable)
          --external-audio-seconds S     length assumed for audio URLs the mock cannot fetch (default 30; 0 = fail with download_failed)
          --url-ttl SECONDS              lifetime of minted media URLs (default 604800 = 7 days)
          --allow-external-webhooks      allow webhook targets that are not loopback addresses
          --webhook-retry-base-ms N      failed webhook deliveries retry after N, 2N, 4N … ms (default 500; 0 to 60000)
          --state-dir DIR                keep state in DIR (SQLite mock.db + files) across restarts; one mock per DIR; default: memory only
          --max-jobs-per-key N           jobs kept per key; past it the longest-finished are forgotten (default 10000)
          --max-assets-per-key N         assets kept per key; past it the oldest uploads are forgotten (default 10000)
          --max-age-hours H              finished jobs and assets older than H hours are forgotten (default 720; 0 = never)
          --render-cache-mb N            memory for rendered videos/thumbnails; least recently used re-rendered on demand (default 256)
          --folder ID                    a folder (id and name ID) every key has, usable as folder_id (repeatable)
          --polls-timeout SECONDS        a polls:N job not read N times finishes SECONDS after it started (default 60; 0 = never)
          --help                         show this text

        Every flag can also be set as configuration key MockServer:<Name> (e.g. MockServer:RenderSpeed)
        or environment variable AVATARIV_MOCK_<NAME> (e.g. AVATARIV_MOCK_RENDER_SPEED).
        """;

    /// <summary>Reads flags (and, beneath them, configuration and environment). Bad values throw <see cref="MockOptionsException"/>.</summary>
    public static MockServerOptions Parse(string[] args, IConfiguration? configuration = null)
    {
        var options = new MockServerOptions();
        foreach (var (flag, value) in FromConfiguration(configuration).Concat(FromEnvironment()))
        {
            options.Apply(flag, value, fromFlagLine: false);
        }

        options.ApplyArgs(args);
        options.Validate();
        return options;
    }

    private void ApplyArgs(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                // Named by position, never echoed: a stray word is often a second key (--api-key k1 k2).
                throw new MockOptionsException($"Unexpected argument at position {i + 1} (not a flag, and not the value of one). Every setting is a flag, e.g. --urls http://127.0.0.1:5080; run with --help to see them.");
            }

            var name = arg[2..];
            string? inline = null;
            var equals = name.IndexOf('=');
            if (equals > 0)
            {
                inline = name[(equals + 1)..];
                name = name[..equals];
            }

            if (!MockServerFlags.IsKnown(name))
            {
                throw new MockOptionsException($"Unknown flag '--{name}'. Run with --help to see the flags.");
            }

            if (MockServerFlags.IsSwitch(name))
            {
                Apply(name, inline ?? "true", fromFlagLine: true);
                continue;
            }

            if (inline is null && (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal)))
            {
                throw new MockOptionsException($"Flag '--{name}' needs a value, e.g. {MockServerFlags.Example(name)}.");
            }

            Apply(name, inline ?? args[++i], fromFlagLine: true);
        }

    }

    private void Apply(string flag, string value, bool fromFlagLine)
    {
        switch (flag)
        {
            case "urls": Urls = value; break;
            case "api-key": AddKeys(value, fromFlagLine); break;
            case "progression": Progression = ProgressionMode.TryParse(value, out var mode) ? mode.ToString() : throw Bad(flag, value, ProgressionMode.Forms); break;
            case "render-speed": RenderSpeed = PositiveNumber(flag, value); break;
            case "tier": Tier = value.Trim().ToLowerInvariant(); break;
            case "balance": Balance = (decimal)NonNegativeNumber(flag, value); break;
            case "concurrency": Concurrency = PositiveInt(flag, value); break;
            case "seed": Seed = Int(flag, value); break;
            case "max-upload-mb": MaxUploadMb = PositiveInt(flag, value); break;
            case "pricing-profile": PricingProfile = value.Trim(); break;
            case "facts": FactsFile = value; break;
            case "fault": AddFaults(value, fromFlagLine); break;
            case "external-audio-seconds": ExternalAudioSeconds = NonNegativeNumber(flag, value); break;
            case "url-ttl": UrlTtlSeconds = Int(flag, value) is var ttl and >= 0 ? ttl : throw Bad(flag, value, "a whole number of seconds, 0 or more"); break;
            case "allow-external-webhooks": AllowExternalWebhooks = Bool(flag, value); break;
            case "state-dir": StateDir = value.Trim().Length > 0 ? value : throw Bad(flag, value, "a directory path"); break;
            case "webhook-retry-base-ms": WebhookRetryBaseMs = IntInRange(flag, value, 0, WebhookRetrySettings.MaxBaseDelayMs, "milliseconds"); break;
            case "max-jobs-per-key": MaxJobsPerKey = PositiveInt(flag, value); break;
            case "max-assets-per-key": MaxAssetsPerKey = PositiveInt(flag, value); break;
            case "max-age-hours": MaxAgeHours = NonNegativeNumber(flag, value) is var hours and <= MaxAgeHoursLimit ? hours : throw Bad(flag, value, $"a number of hours from 0 to {MaxAgeHoursLimit}"); break;
            case "render-cache-mb": RenderCacheMb = PositiveInt(flag, value); break;
            case "folder": AddFolders(value, fromFlagLine); break;
            case "polls-timeout": PollsTimeoutSeconds = NonNegativeNumber(flag, value); break;
            default: throw new MockOptionsException($"Unknown setting '{flag}'. Run with --help to see the flags.");
        }
    }

    /// <summary>Checks the values that need the facts (tier, pricing profile, facts file).</summary>
    private void Validate()
    {
        if (FactsFile is not null && !File.Exists(FactsFile))
        {
            throw new MockOptionsException($"--facts: file '{FactsFile}' does not exist. Pass the path of a heygen-facts.json.");
        }

        var facts = LoadFacts();
        if (!facts.Tiers.ContainsKey(Tier))
        {
            throw new MockOptionsException($"--tier '{Tier}' is not a known tier. Use one of: {string.Join(", ", facts.Tiers.Keys)}.");
        }

        if (PricingProfile is not null && !facts.Pricing.Profiles.ContainsKey(PricingProfile))
        {
            throw new MockOptionsException($"--pricing-profile '{PricingProfile}' is not known. Use one of: {string.Join(", ", facts.Pricing.Profiles.Keys)}.");
        }
    }

    /// <summary>The facts the mock prices and limits with: the built-in file unless --facts names another.</summary>
    public MockFacts LoadFacts()
    {
        if (FactsFile is null)
        {
            return MockFacts.BuiltIn();
        }

        try
        {
            using var file = File.OpenRead(FactsFile);
            return MockFacts.Read(file);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidDataException or IOException or UnauthorizedAccessException)
        {
            throw new MockOptionsException($"--facts: '{FactsFile}' is not a valid facts file ({ex.Message}). Start from src/AvatarIV.Core/Facts/heygen-facts.json.");
        }
    }

    private void AddKeys(string value, bool fromFlagLine)
    {
        var keys = fromFlagLine ? [value] : value.Split([','], StringSplitOptions.RemoveEmptyEntries);
        foreach (var key in keys.Select(k => k.Trim()))
        {
            if (key.Length == 0)
            {
                throw new MockOptionsException("--api-key needs a non-empty key, e.g. --api-key test-key.");
            }

            ApiKeys.Add(key);
        }
    }

    private void AddFolders(string value, bool fromFlagLine)
    {
        var ids = fromFlagLine ? [value] : value.Split([','], StringSplitOptions.RemoveEmptyEntries);
        foreach (var id in ids.Select(f => f.Trim()))
        {
            Folders.Add(id.Length is > 0 and <= 100 ? id : throw Bad("folder", id, "a folder id of 1 to 100 characters"));
        }
    }

    private void AddFaults(string value, bool fromFlagLine)
    {
        var rules = fromFlagLine ? [value] : value.Split([';'], StringSplitOptions.RemoveEmptyEntries);
        FaultRules.AddRange(rules.Select(r => r.Trim()).Where(r => r.Length > 0));
    }

    private static IEnumerable<(string Flag, string Value)> FromConfiguration(IConfiguration? configuration)
    {
        var section = configuration?.GetSection(ConfigurationSection);
        if (section is null)
        {
            yield break;
        }

        foreach (var child in section.GetChildren())
        {
            var flag = MockServerFlags.FromSettingName(child.Key)
                ?? throw new MockOptionsException($"Configuration key '{ConfigurationSection}:{child.Key}' is not a mock setting. Run with --help to see the settings.");

            // Arrays (ApiKeys:0, ApiKeys:1 …) arrive as children; join them the way the env-var form is written.
            var separator = flag == "fault" ? ";" : ",";
            yield return (flag, child.Value ?? string.Join(separator, child.GetChildren().Select(c => c.Value)));
        }
    }

    private static IEnumerable<(string Flag, string Value)> FromEnvironment()
    {
        foreach (var flag in MockServerFlags.All)
        {
            var name = EnvironmentPrefix + flag.Replace('-', '_').ToUpperInvariant();
            var value = Environment.GetEnvironmentVariable(name);
            if (!string.IsNullOrEmpty(value))
            {
                yield return (flag, value);
            }
        }
    }

    private static MockOptionsException Bad(string flag, string value, string expected) =>
        new($"--{flag} '{value}' is not valid: expected {expected}, e.g. {MockServerFlags.Example(flag)}.");

    private static double Number(string flag, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && !double.IsNaN(number) && !double.IsInfinity(number)
            ? number
            : throw Bad(flag, value, "a number");

    private static double PositiveNumber(string flag, string value) =>
        Number(flag, value) is var n and > 0 ? n : throw Bad(flag, value, "a number above 0");

    private static double NonNegativeNumber(string flag, string value) =>
        Number(flag, value) is var n and >= 0 ? n : throw Bad(flag, value, "a number, 0 or more");

    private static int Int(string flag, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : throw Bad(flag, value, "a whole number");

    private static int IntInRange(string flag, string value, int min, int max, string unit) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw Bad(flag, value, $"a whole number of {unit} from {min} to {max}");

    private static int PositiveInt(string flag, string value) =>
        Int(flag, value) is var n and > 0 ? n : throw Bad(flag, value, "a whole number above 0");

    private static bool Bool(string flag, string value) =>
        bool.TryParse(value, out var b) ? b : throw Bad(flag, value, "true or false");
}

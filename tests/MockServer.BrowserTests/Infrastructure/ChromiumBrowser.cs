using Microsoft.Playwright;

namespace MockServer.BrowserTests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright, once for the whole run. Playwright's own browser download is not reachable
/// here, so the browser is the system one; when it is missing every test fails saying how to install it (no silent skip).
/// </summary>
public sealed class ChromiumBrowser : IAsyncLifetime
{
    /// <summary>Overrides where Chromium is looked for (default <c>/usr/bin/chromium</c>).</summary>
    public const string PathVariable = "AVATARIV_CHROMIUM";

    // Without the networking flags Chromium keeps dialling Google's hosts, which this closed network refuses.
    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--autoplay-policy=no-user-gesture-required",
    ];

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public static string ExecutablePath => Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {ExecutablePath}. The dashboard's browser tests need Debian's Chromium: run `apt-get install chromium` "
                + $"(as root; .ci/run does this in CI), or set {PathVariable} to another Chromium.");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ExecutablePath, Headless = true, Args = Flags });
        // Auto-waiting assertions wait up to this long; a cold mock renders its first video in a few seconds on a busy CI core.
        Assertions.SetDefaultExpectTimeout(20_000);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class ChromiumCollection : ICollectionFixture<ChromiumBrowser>
{
    public const string Name = "Chromium";
}

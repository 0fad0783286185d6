using AvatarIV.TestSupport;
using Microsoft.Playwright;

namespace MockServer.BrowserTests.Infrastructure;

/// <summary>A fresh mock and a browser page showing its dashboard, live; dispose to close both.</summary>
public sealed class DashboardSession : IAsyncDisposable
{
    public static readonly string ScreenshotFolder = Path.Combine(AppContext.BaseDirectory, "screenshots");

    private readonly IBrowserContext _context;

    private DashboardSession(RunningMock mock, IBrowserContext context, IPage page)
    {
        Mock = mock;
        _context = context;
        Page = page;
    }

    public RunningMock Mock { get; }

    public IPage Page { get; }

    /// <summary>Starts a mock with <paramref name="flags"/> and opens <c>/_mock/ui</c> once its event stream is live.</summary>
    public static async Task<DashboardSession> OpenAsync(ChromiumBrowser chromium, string[] flags, int width = 1280, int height = 900)
    {
        var mock = await RunningMock.StartAsync(flags);
        return await OpenAsync(chromium, mock, width, height);
    }

    /// <summary>Opens the dashboard of <paramref name="mock"/>; the session owns the mock from here on and stops it.</summary>
    public static async Task<DashboardSession> OpenAsync(ChromiumBrowser chromium, RunningMock mock, int width = 1280, int height = 900)
    {
        IBrowserContext? context = null;
        try
        {
            context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
            var page = await context.NewPageAsync();
            await page.GotoAsync(new Uri(mock.BaseUri, "_mock/ui").ToString());
            await Assertions.Expect(page.GetByTestId("connection")).ToHaveTextAsync("live");
            return new DashboardSession(mock, context, page);
        }
        catch
        {
            if (context is not null)
            {
                await context.CloseAsync();
            }

            await mock.DisposeAsync();
            throw;
        }
    }

    /// <summary>The card of one job in the job list.</summary>
    public ILocator Job(string id) => Page.Locator($"[data-testid=job][data-job-id='{id}']");

    /// <summary>The credits row of one key, by key id.</summary>
    public ILocator Ledger(string keyId) => Page.GetByTestId("ledger-row").Filter(new() { Has = Page.Locator("td.key-id", new() { HasTextString = keyId }) });

    /// <summary>Saves the page under the test output's <c>screenshots</c> folder.</summary>
    public async Task ScreenshotAsync(string name, bool fullPage = true)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = fullPage });
    }

    public async ValueTask DisposeAsync()
    {
        await _context.CloseAsync();
        await Mock.DisposeAsync();
    }
}

using System.Net.Http.Json;
using AvatarIV.Mock.Client;
using AvatarIV.Mock.Client.Models;
using AvatarIV.MockServer.Hosting;
using Microsoft.AspNetCore.Builder;

namespace AvatarIV.TestSupport;

/// <summary>
/// The real mock server, started in this process on a free loopback port and reached over real HTTP.
/// One per test class (or per test when a test needs its own flags); dispose to stop it.
/// </summary>
public sealed class RunningMock : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RunningMock(WebApplication app)
    {
        _app = app;
        BaseUri = new Uri(MockServerApp.BaseUrlOf(app) + "/");
        Admin = new HttpClient { BaseAddress = BaseUri };
        AdminClient = new MockAdminClient(Admin);
    }

    /// <summary>Base URL with a trailing slash, e.g. <c>http://127.0.0.1:45123/</c>.</summary>
    public Uri BaseUri { get; }

    /// <summary>A client for <c>/_mock/…</c> admin calls (no key needed).</summary>
    public HttpClient Admin { get; }

    /// <summary>The typed admin client (src/AvatarIV.Mock.Client) over <see cref="Admin"/>.</summary>
    public MockAdminClient AdminClient { get; }

    /// <summary>Starts a mock with the given command-line flags; binds 127.0.0.1:0 unless <c>--urls</c> is given.</summary>
    public static async Task<RunningMock> StartAsync(params string[] flags)
    {
        var args = flags.Contains("--urls") ? flags : [.. flags, "--urls", "http://127.0.0.1:0"];
        var app = await MockServerApp.StartAsync(args);
        return new RunningMock(app);
    }

    /// <summary>An <see cref="HttpClient"/> that sends <paramref name="apiKey"/> as <c>X-Api-Key</c>.</summary>
    public HttpClient CreateClient(string apiKey = "test-key")
    {
        var client = new HttpClient { BaseAddress = BaseUri };
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }

    /// <summary>Adds a fault rule through the typed admin client.</summary>
    public Task<MockFaultRule> AddFaultAsync(FaultRuleSpec rule) => AdminClient.AddFaultAsync(rule);

    /// <summary>Adds a fault rule written as raw JSON fields (for tests of the mock's own rule parsing; see docs/mock-server.md, "Fault rules").</summary>
    public async Task AddFaultAsync(object rule)
    {
        using var response = await Admin.PostAsJsonAsync("_mock/faults", rule);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Sets a key's balance (and optionally its tier) through the admin API.</summary>
    public Task<MockLedger> SetBalanceAsync(string apiKey, decimal credits, string? tier = null) =>
        AdminClient.SetBalanceAsync(apiKey, credits, tier);

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

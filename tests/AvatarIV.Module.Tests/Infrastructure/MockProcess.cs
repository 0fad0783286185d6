using System.Net.Http.Json;
using System.Text.Json;
using AvatarIV.Mock.Client;
using AvatarIV.Mock.Client.Launching;
using AvatarIV.Mock.Client.Models;

namespace AvatarIV.Module.Tests.Infrastructure;

/// <summary>
/// The real mock server as its own process on a free loopback port (its first stdout line is its base URL), so this
/// test process never loads its code. Started and read with the admin client users get (src/AvatarIV.Mock.Client).
/// </summary>
public sealed class MockProcess : IAsyncDisposable, IDisposable
{
    private readonly MockServerProcess _server;

    private MockProcess(MockServerProcess server) => _server = server;

    public Uri BaseUri => _server.BaseUri;

    /// <summary>The typed client of this mock's <c>/_mock</c> API.</summary>
    public MockAdminClient Admin => _server.Admin;

    public static async Task<MockProcess> StartAsync(params string[] flags)
    {
        if (!File.Exists(TestPaths.MockServer))
        {
            throw new FileNotFoundException($"The mock server is not built at {TestPaths.MockServer}; run 'dotnet build'.");
        }

        return new MockProcess(await MockServerProcess.StartAsync(TestPaths.MockServer, flags));
    }

    /// <summary>The credits <paramref name="apiKey"/> has left (null before its first call).</summary>
    public async Task<decimal?> BalanceAsync(string apiKey) => (await Admin.GetLedgerAsync(apiKey))?.BalanceCredits;

    /// <summary>Jobs created with <paramref name="apiKey"/>.</summary>
    public async Task<MockJob[]> JobsOfAsync(string apiKey) => [.. await Admin.ListJobsOfAsync(apiKey)];

    /// <summary>The journal's requests made with <paramref name="apiKey"/> (<paramref name="path"/>: exact, or a prefix ending in <c>*</c>).</summary>
    public async Task<IReadOnlyList<MockJournalEntry>> RequestsOfAsync(string apiKey, string method, string path)
    {
        var keyId = MockKeyId.From(apiKey);
        return [.. (await Admin.GetJournalAsync(path, method)).Where(e => e.KeyId == keyId)];
    }

    /// <summary>The script the mock received for a video (its admin detail view).</summary>
    public async Task<string> ScriptOfAsync(string videoId)
    {
        using var http = new HttpClient { BaseAddress = BaseUri };
        var detail = await http.GetFromJsonAsync<JsonElement>($"_mock/jobs/{Uri.EscapeDataString(videoId)}/detail");
        return detail.GetProperty("request").GetProperty("script").GetString()!;
    }

    public void Dispose() => _server.Dispose();

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}

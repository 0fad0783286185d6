using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace AvatarIV.Module.Tests.Infrastructure;

/// <summary>
/// The real mock server as its own process on a free loopback port (its first stdout line is its base URL), so this
/// test process never loads its code. Reached over HTTP; <see cref="Admin"/> calls its <c>/_mock</c> API.
/// </summary>
public sealed class MockProcess : IAsyncDisposable, IDisposable
{
    private readonly Process _process;

    private MockProcess(Process process, Uri baseUri)
    {
        _process = process;
        BaseUri = baseUri;
        Admin = new HttpClient { BaseAddress = baseUri };
    }

    public Uri BaseUri { get; }

    public HttpClient Admin { get; }

    public static async Task<MockProcess> StartAsync(params string[] flags)
    {
        if (!File.Exists(TestPaths.MockServer))
        {
            throw new FileNotFoundException($"The mock server is not built at {TestPaths.MockServer}; run 'dotnet build'.");
        }

        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { TestPaths.MockServer, "--urls", "http://127.0.0.1:0" }.Concat(flags))
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { }; // drained so a chatty server never blocks
        process.BeginErrorReadLine();
        var firstLine = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
        if (string.IsNullOrWhiteSpace(firstLine))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("The mock server printed no base URL.");
        }

        _ = process.StandardOutput.ReadToEndAsync(); // keep draining stdout
        return new MockProcess(process, new Uri(firstLine.Trim().TrimEnd('/') + "/"));
    }

    /// <summary>Jobs the mock holds (admin view; reading it is not a status read).</summary>
    public async Task<JsonElement[]> JobsAsync() =>
        (await Admin.GetFromJsonAsync<JsonElement[]>("_mock/jobs"))!;

    /// <summary>Requests the mock answered, newest last; keys appear only as key ids.</summary>
    public async Task<JsonElement[]> JournalAsync() =>
        (await Admin.GetFromJsonAsync<JsonElement[]>("_mock/journal"))!;

    /// <summary>The credits <paramref name="apiKey"/> has left (null before its first call), from the admin state.</summary>
    public async Task<decimal?> BalanceAsync(string apiKey)
    {
        var state = await Admin.GetFromJsonAsync<JsonElement>("_mock/state");
        var id = KeyId(apiKey);
        foreach (var ledger in state.GetProperty("ledgers").EnumerateArray())
        {
            if (ledger.GetProperty("key_hint").GetString() == id)
            {
                return ledger.GetProperty("balance_credits").GetDecimal();
            }
        }

        return null;
    }

    /// <summary>Jobs created with <paramref name="apiKey"/>.</summary>
    public async Task<JsonElement[]> JobsOfAsync(string apiKey)
    {
        var id = KeyId(apiKey);
        return (await JobsAsync()).Where(j => j.GetProperty("owner_key_id").GetString() == id).ToArray();
    }

    /// <summary>How the mock names a key in its state and journal: <c>key_</c> + 8 hex of SHA-256.</summary>
    public static string KeyId(string apiKey) =>
        "key_" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(apiKey)))[..8];

    public async Task AdvanceAsync(string jobId)
    {
        using var response = await Admin.PostAsync($"_mock/jobs/{jobId}/complete", null);
        response.EnsureSuccessStatusCode();
    }

    public async Task AddFaultAsync(object rule)
    {
        using var response = await Admin.PostAsJsonAsync("_mock/faults", rule);
        response.EnsureSuccessStatusCode();
    }

    public void Dispose()
    {
        Admin.Dispose();
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // already gone
        }

        _process.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}

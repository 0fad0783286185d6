using System.Net.Http;
using AvatarIV.Mock.Client.Models;

namespace AvatarIV.Mock.Client;

/// <summary>
/// A typed client of the mock's <c>/_mock</c> admin API (docs/mock-contract.md): reset, state, jobs, ledgers, clock,
/// fault rules, the request journal and webhook deliveries. The admin API needs no key. Thread-safe.
/// </summary>
public sealed partial class MockAdminClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly MockAdminTransport _transport;

    /// <summary>A client of the mock at <paramref name="baseUri"/> (e.g. <c>http://127.0.0.1:45123/</c>).</summary>
    public MockAdminClient(Uri baseUri)
        : this(new HttpClient { BaseAddress = WithSlash(baseUri) }, ownsHttpClient: true)
    {
    }

    /// <summary>A client over <paramref name="http"/>, whose <see cref="HttpClient.BaseAddress"/> is the mock's base URL.</summary>
    public MockAdminClient(HttpClient http, bool ownsHttpClient = false)
    {
        _http = http ?? throw new ArgumentNullException(nameof(http));
        if (http.BaseAddress is null)
        {
            throw new ArgumentException("The HttpClient needs a BaseAddress: the mock's base URL, e.g. http://127.0.0.1:45123/.", nameof(http));
        }

        _ownsHttp = ownsHttpClient;
        _transport = new MockAdminTransport(http);
    }

    public Uri BaseUri => _http.BaseAddress!;

    /// <summary>True when <c>GET /_mock/health</c> answers 2xx.</summary>
    public async Task<bool> IsHealthyAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await _transport.SendForTextAsync(HttpMethod.Get, "_mock/health", null, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is HttpRequestException or MockAdminException)
        {
            return false;
        }
    }

    /// <summary>Forgets assets, jobs, ledgers, journal, faults and clock offset; the start-up flags stay.</summary>
    public Task ResetAsync(CancellationToken cancellationToken = default) =>
        _transport.SendForTextAsync(HttpMethod.Post, "_mock/reset", null, cancellationToken);

    public Task<MockState> GetStateAsync(CancellationToken cancellationToken = default) =>
        _transport.SendAsync<MockState>(HttpMethod.Get, "_mock/state", null, cancellationToken);

    /// <summary>The ledger of <paramref name="apiKey"/>, or null before the key's first call.</summary>
    public async Task<MockLedger?> GetLedgerAsync(string apiKey, CancellationToken cancellationToken = default)
    {
        var keyId = MockKeyId.From(apiKey);
        var state = await GetStateAsync(cancellationToken).ConfigureAwait(false);
        return state.Ledgers.FirstOrDefault(l => l.KeyHint == keyId);
    }

    /// <summary>Sets the balance (and optionally the tier: free, pro, scale, enterprise) of <paramref name="apiKey"/>.</summary>
    public Task<MockLedger> SetBalanceAsync(string apiKey, decimal credits, string? tier = null, CancellationToken cancellationToken = default) =>
        _transport.SendAsync<MockLedger>(HttpMethod.Put, "_mock/ledgers", new LedgerBody(apiKey, credits, tier), cancellationToken);

    public Task<MockClock> GetClockAsync(CancellationToken cancellationToken = default) =>
        _transport.SendAsync<MockClock>(HttpMethod.Get, "_mock/clock", null, cancellationToken);

    /// <summary>Moves the mock's clock forward (time-mode jobs finish, media links expire) instead of sleeping.</summary>
    public Task<MockClock> AdvanceClockAsync(TimeSpan by, CancellationToken cancellationToken = default) =>
        _transport.SendAsync<MockClock>(HttpMethod.Post, "_mock/clock", new ClockBody(by.TotalSeconds), cancellationToken);

    public void Dispose()
    {
        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }

    internal static string Escape(string segment) => Uri.EscapeDataString(segment);

    private static Uri WithSlash(Uri baseUri)
    {
        if (baseUri is null)
        {
            throw new ArgumentNullException(nameof(baseUri));
        }

        var text = baseUri.ToString();
        return text.EndsWith("/", StringComparison.Ordinal) ? baseUri : new Uri(text + "/");
    }

    private sealed record LedgerBody(string ApiKey, decimal Credits, string? Tier);

    private sealed record ClockBody(double AdvanceSeconds);
}

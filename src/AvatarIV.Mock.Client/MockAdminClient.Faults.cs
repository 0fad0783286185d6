using System.Net.Http;
using AvatarIV.Mock.Client.Models;

namespace AvatarIV.Mock.Client;

/// <summary>Fault rules: add, list, turn on or off, remove one, remove all.</summary>
public sealed partial class MockAdminClient
{
    /// <summary>Adds one rule; answers it as the mock holds it (with its id).</summary>
    public async Task<MockFaultRule> AddFaultAsync(FaultRuleSpec rule, CancellationToken cancellationToken = default)
    {
        var added = await _transport.SendAsync<IReadOnlyList<MockFaultRule>>(HttpMethod.Post, "_mock/faults", rule, cancellationToken).ConfigureAwait(false);
        return added[0];
    }

    public Task<IReadOnlyList<MockFaultRule>> ListFaultsAsync(CancellationToken cancellationToken = default) =>
        _transport.SendAsync<IReadOnlyList<MockFaultRule>>(HttpMethod.Get, "_mock/faults", null, cancellationToken);

    /// <summary>Removes one rule; a <see cref="MockAdminException"/> (404) when there is none with that id.</summary>
    public Task RemoveFaultAsync(string id, CancellationToken cancellationToken = default) =>
        _transport.SendForTextAsync(HttpMethod.Delete, $"_mock/faults/{Escape(id)}", null, cancellationToken);

    /// <summary>Removes every rule, the <c>--fault</c> ones included; answers how many there were.</summary>
    public async Task<int> ClearFaultsAsync(CancellationToken cancellationToken = default) =>
        (await _transport.SendAsync<Removed>(HttpMethod.Delete, "_mock/faults", null, cancellationToken).ConfigureAwait(false)).Count;

    /// <summary>Turns a rule off (kept, never fires) or back on.</summary>
    public Task<MockFaultRule> SetFaultEnabledAsync(string id, bool enabled, CancellationToken cancellationToken = default) =>
        _transport.SendAsync<MockFaultRule>(new HttpMethod("PATCH"), $"_mock/faults/{Escape(id)}", new EnabledBody(enabled), cancellationToken);

    private sealed record EnabledBody(bool Enabled);
}

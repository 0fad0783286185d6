using AvatarIV.MockServer.Domain.Videos;
using AvatarIV.MockServer.Hosting;
using AvatarIV.MockServer.Persistence;

namespace AvatarIV.MockServer.Domain.Ledgers;

/// <summary>
/// Per-key account settings beyond the ledger: the highest v3 <c>resolution</c> the account may order. The default
/// API-key account is HeyGen's pay-as-you-go wallet, which prices 4K, so it takes 4k; <c>PUT /_mock/accounts</c>
/// configures an account without it (docs/decisions.md, "Schema rules"). Stored with <c>--state-dir</c>; reset clears it.
/// </summary>
public sealed class AccountSettings(MockState? state = null) : IMockResettable
{
    public const string WalletMaxResolution = "4k";
    private const string DocumentName = "account_settings";

    private readonly Lock _gate = new();
    private readonly MockState _state = state ?? MockState.InMemory;
    private readonly Dictionary<string, string> _maxResolution = (state ?? MockState.InMemory).LoadDocument<Dictionary<string, string>>(DocumentName) ?? new(StringComparer.Ordinal);

    public string MaxResolutionOf(string keyId)
    {
        lock (_gate)
        {
            return _maxResolution.GetValueOrDefault(keyId, WalletMaxResolution);
        }
    }

    /// <summary>Sets the key's highest resolution (one of <see cref="VideoGeometry.Resolutions"/>).</summary>
    public void SetMaxResolution(string keyId, string resolution)
    {
        lock (_gate)
        {
            _maxResolution[keyId] = resolution;
            _state.SaveDocument(DocumentName, _maxResolution);
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _maxResolution.Clear();
        }
    }
}

using AvatarIV.MockServer.Domain.Facts;
using AvatarIV.MockServer.Hosting;
using AvatarIV.MockServer.Persistence;

namespace AvatarIV.MockServer.Domain.Ledgers;

/// <summary>The ledgers of every key. A key's ledger starts at <c>--balance</c> or its tier's monthly credits.</summary>
public sealed class LedgerBook : IMockResettable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Ledger> _ledgers = new(StringComparer.Ordinal);
    private readonly MockServerOptions _options;
    private readonly MockFacts _facts;
    private readonly MockState _state;

    /// <summary>Numbers every stored change, so the store keeps the newest row whatever order batches commit in.</summary>
    private long _version;

    public LedgerBook(MockServerOptions options, MockFacts facts, MockState? state = null)
    {
        _options = options;
        _facts = facts;
        _state = state ?? MockState.InMemory;
        foreach (var (ledger, version) in _state.LoadLedgers())
        {
            _ledgers[ledger.KeyId] = ledger;
            _version = Math.Max(_version, version);
        }
    }

    public LedgerSnapshot Snapshot(string keyId)
    {
        lock (_gate)
        {
            return ToSnapshot(GetOrOpen(keyId));
        }
    }

    public TierLimits TierOf(string keyId)
    {
        lock (_gate)
        {
            return _facts.Tier(GetOrOpen(keyId).Tier);
        }
    }

    /// <summary>Takes <paramref name="credits"/> from the balance into a reservation; false when the balance is too low.</summary>
    public bool TryReserve(string keyId, decimal credits)
    {
        lock (_gate)
        {
            var ledger = GetOrOpen(keyId);
            if (ledger.Balance < credits)
            {
                return false;
            }

            ledger.Balance -= credits;
            ledger.Reserved += credits;
            Persist(ledger);
            return true;
        }
    }

    /// <summary>A finished render keeps its charge.</summary>
    public void Settle(string keyId, decimal credits) => Move(keyId, credits, refund: false);

    /// <summary>A failed or cancelled render gets its charge back.</summary>
    public void Refund(string keyId, decimal credits) => Move(keyId, credits, refund: true);

    public LedgerSnapshot Set(string keyId, decimal credits, string? tier)
    {
        lock (_gate)
        {
            var ledger = GetOrOpen(keyId);
            ledger.Balance = credits;
            if (tier is not null)
            {
                ledger.Tier = tier.ToLowerInvariant();
            }

            Persist(ledger);
            return ToSnapshot(ledger);
        }
    }

    public IReadOnlyList<LedgerSnapshot> All()
    {
        lock (_gate)
        {
            return _ledgers.Values.Select(ToSnapshot).ToList();
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _ledgers.Clear();
        }
    }

    private void Move(string keyId, decimal credits, bool refund)
    {
        lock (_gate)
        {
            var ledger = GetOrOpen(keyId);
            ledger.Reserved = Math.Max(0, ledger.Reserved - credits);
            if (refund)
            {
                ledger.Balance += credits;
            }

            Persist(ledger);
        }
    }

    /// <summary>Called under the gate, right after each change.</summary>
    private void Persist(Ledger ledger) => _state.SaveLedger(ledger, ++_version);

    private Ledger GetOrOpen(string keyId)
    {
        if (!_ledgers.TryGetValue(keyId, out var ledger))
        {
            ledger = new Ledger(keyId, _options.Tier, _options.Balance ?? _facts.Tier(_options.Tier).MonthlyCredits);
            _ledgers[keyId] = ledger;
        }

        return ledger;
    }

    private static LedgerSnapshot ToSnapshot(Ledger l) => new(l.KeyId, l.Tier, l.Balance, l.Reserved);
}

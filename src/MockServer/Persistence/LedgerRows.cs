using AvatarIV.MockServer.Domain.Ledgers;

namespace AvatarIV.MockServer.Persistence;

/// <summary>
/// Ledgers in <c>mock.db</c>, by key id (a hash of the key; keys themselves are never stored). Each row carries the
/// ledger book's change number so that a write committed late (in a job's batch) never overwrites a newer one.
/// </summary>
internal static class LedgerRows
{
    public static void SaveLedger(this MockState state, Ledger ledger, long version) =>
        state.Write(new(
            """
            INSERT INTO ledgers(key_id, tier, balance, reserved, version) VALUES($key, $tier, $balance, $reserved, $version)
            ON CONFLICT(key_id) DO UPDATE SET tier = excluded.tier, balance = excluded.balance, reserved = excluded.reserved, version = excluded.version
            WHERE excluded.version > ledgers.version
            """,
            ("$key", ledger.KeyId), ("$tier", ledger.Tier), ("$balance", StateText.Number(ledger.Balance)), ("$reserved", StateText.Number(ledger.Reserved)), ("$version", version)));

    public static List<(Ledger Ledger, long Version)> LoadLedgers(this MockState state) =>
        state.Query("SELECT key_id, tier, balance, reserved, version FROM ledgers", r =>
            (new Ledger(r.GetString(0), r.GetString(1), StateText.Number(r.GetString(2))) { Reserved = StateText.Number(r.GetString(3)) }, r.GetInt64(4)));
}

using AvatarIV.Mock.Client.Models;
using AvatarIV.PowerShell.Models;

namespace AvatarIV.PowerShell.Handlers.Mock;

/// <summary>The admin client's records as the module's output objects.</summary>
internal static class MockModelMapper
{
    public static AvatarIVMockLedger ToLedger(MockLedger ledger) => new()
    {
        KeyId = ledger.KeyHint,
        Tier = ledger.Tier,
        BalanceCredits = ledger.BalanceCredits,
        ReservedCredits = ledger.ReservedCredits,
    };

    public static AvatarIVMockFault ToFault(MockFaultRule rule) => new()
    {
        Id = rule.Id,
        Method = rule.Method,
        Path = rule.Path,
        Kind = rule.Kind,
        StatusCode = rule.Status,
        Code = rule.Code,
        Times = rule.Times,
        TimesLeft = rule.TimesLeft,
        Hits = rule.Hits,
        Phase = rule.Phase,
        Enabled = rule.Enabled,
        Rule = rule.Flag,
    };

    public static AvatarIVMockJob ToJob(MockJob job) => new()
    {
        VideoId = job.Id,
        Status = job.Status,
        Mode = job.Mode,
        Reads = job.Reads,
        Title = job.Title,
        Cost = job.Cost,
        Surface = job.Surface,
    };

    public static AvatarIVMockJournalEntry ToJournalEntry(MockJournalEntry entry) => new()
    {
        Sequence = entry.Sequence,
        Time = entry.Time,
        Method = entry.Method,
        Path = entry.Path,
        Query = entry.Query,
        StatusCode = entry.Status,
        DurationMs = entry.DurationMs,
        Surface = entry.Surface,
        KeyId = entry.KeyId,
        IdempotencyKey = entry.IdempotencyKey,
        Fault = entry.Fault,
    };
}

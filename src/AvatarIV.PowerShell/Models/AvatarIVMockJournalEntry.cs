namespace AvatarIV.PowerShell.Models;

/// <summary>One request the mock answered (Get-AvatarIVMockJournal). Keys never appear: KeyId is the key's id.</summary>
public sealed class AvatarIVMockJournalEntry
{
    public long Sequence { get; set; }

    public DateTimeOffset Time { get; set; }

    public string Method { get; set; } = "";

    public string Path { get; set; } = "";

    public string Query { get; set; } = "";

    /// <summary>Null when the connection was dropped (a drop fault).</summary>
    public int? StatusCode { get; set; }

    public long DurationMs { get; set; }

    /// <summary>v3, legacy or admin.</summary>
    public string Surface { get; set; } = "";

    public string? KeyId { get; set; }

    public string? IdempotencyKey { get; set; }

    /// <summary>The fault rule that answered, if any.</summary>
    public string? Fault { get; set; }
}

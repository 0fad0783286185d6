namespace AvatarIV.PowerShell.Models;

/// <summary>A video job as the mock holds it (Set-AvatarIVMockProgression -PassThru).</summary>
public sealed class AvatarIVMockJob
{
    public string VideoId { get; set; } = "";

    public string Status { get; set; } = "";

    /// <summary>immediate, time, manual or polls:N.</summary>
    public string Mode { get; set; } = "";

    /// <summary>Status reads so far (what polls:N counts).</summary>
    public int Reads { get; set; }

    public string? Title { get; set; }

    public decimal Cost { get; set; }

    /// <summary>v3 or legacy.</summary>
    public string Surface { get; set; } = "";
}

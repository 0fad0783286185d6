namespace AvatarIV.PowerShell.Models;

/// <summary>One part of a split script (Split-AvatarIVScript); Script binds to New-AvatarIVVideo -Script.</summary>
public sealed class AvatarScriptPart
{
    public int Index { get; set; }

    public string Script { get; set; } = "";

    public int Words { get; set; }

    public double EstimatedSeconds { get; set; }
}

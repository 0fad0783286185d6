namespace AvatarIV.PowerShell.Cmdlets.Infrastructure;

/// <summary>Where Get-Help -Online goes: the module's own reference, one heading per cmdlet (docs/powershell.md).</summary>
internal static class HelpLinks
{
    public const string Reference = "https://github.com/AvatarIV/AvatarIV/blob/main/docs/powershell.md#";
}

using System.Management.Automation;
using AvatarIV.PowerShell.Cmdlets.Infrastructure;
using AvatarIV.PowerShell.Handlers.Mock;
using AvatarIV.PowerShell.Models;

namespace AvatarIV.PowerShell.Cmdlets.Mock;

/// <summary>Set-AvatarIVMockBalance: a key's credits (and plan tier) in the mock; the key is -ApiKey, else the session's.</summary>
[Cmdlet(VerbsCommon.Set, "AvatarIVMockBalance", SupportsShouldProcess = true, HelpUri = HelpLinks.Reference + "set-avatarivmockbalance")]
[OutputType(typeof(AvatarIVMockLedger))]
public sealed class SetAvatarIVMockBalanceCommand : AvatarIVMockCmdlet
{
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateRange(0, 1_000_000_000_000)]
    public decimal Credits { get; set; }

    [Parameter]
    [ValidateSet("free", "pro", "scale", "enterprise")]
    public string? Tier { get; set; }

    /// <summary>Writes the ledger as the mock now holds it.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord() =>
        Run(context => new SetMockBalanceHandler(context).SetAsync(Mock, ApiKey, Credits, Tier?.ToLowerInvariant(), PassThru.IsPresent));
}

using System.Management.Automation;
using AvatarIV.PowerShell.Cmdlets.Infrastructure;
using AvatarIV.PowerShell.Handlers.Mock;
using AvatarIV.PowerShell.Models;

namespace AvatarIV.PowerShell.Cmdlets.Mock;

/// <summary>Get-AvatarIVMockFault: the mock's fault rules, with how often each fired and has left.</summary>
[Cmdlet(VerbsCommon.Get, "AvatarIVMockFault", HelpUri = HelpLinks.Reference + "get-avatarivmockfault")]
[OutputType(typeof(AvatarIVMockFault))]
public sealed class GetAvatarIVMockFaultCommand : AvatarIVMockCmdlet
{
    /// <summary>Only the rule with this id.</summary>
    [Parameter(Position = 0)]
    [ValidateNotNullOrEmpty]
    public string? Id { get; set; }

    protected override void ProcessRecord() => Run(context => new MockFaultHandler(context).GetAsync(Mock, Id));
}

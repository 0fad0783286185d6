using System.Management.Automation;
using AvatarIV.PowerShell.Cmdlets.Infrastructure;
using AvatarIV.PowerShell.Handlers.Mock;
using AvatarIV.PowerShell.Models;

namespace AvatarIV.PowerShell.Cmdlets.Mock;

/// <summary>Stop-AvatarIVMock: stops mocks Start-AvatarIVMock started; a stopped or $null mock is skipped, so it is safe twice.</summary>
[Cmdlet(VerbsLifecycle.Stop, "AvatarIVMock", HelpUri = HelpLinks.Reference + "stop-avatarivmock")]
[OutputType(typeof(AvatarIVMock))]
public sealed class StopAvatarIVMockCommand : AvatarIVCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
    [AllowNull]
    [AllowEmptyCollection]
    public AvatarIVMock?[] Mock { get; set; } = Array.Empty<AvatarIVMock?>();

    /// <summary>Writes each stopped mock.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        foreach (var mock in Mock ?? Array.Empty<AvatarIVMock?>())
        {
            if (mock is not null)
            {
                Run(context => new StopMockHandler(context).Stop(mock, PassThru.IsPresent));
            }
        }
    }
}

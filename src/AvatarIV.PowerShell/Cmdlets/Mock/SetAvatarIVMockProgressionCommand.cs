using System.Management.Automation;
using AvatarIV.PowerShell.Cmdlets.Infrastructure;
using AvatarIV.PowerShell.Completion;
using AvatarIV.PowerShell.Handlers.Mock;
using AvatarIV.PowerShell.Models;

namespace AvatarIV.PowerShell.Cmdlets.Mock;

/// <summary>Set-AvatarIVMockProgression: how videos move to their end in the mock (immediate, time, manual or polls:N).</summary>
[Cmdlet(VerbsCommon.Set, "AvatarIVMockProgression", SupportsShouldProcess = true, HelpUri = HelpLinks.Reference + "set-avatarivmockprogression")]
[OutputType(typeof(AvatarIVMockJob))]
public sealed class SetAvatarIVMockProgressionCommand : AvatarIVMockCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(VideoIdCompleter))]
    [ValidateNotNullOrEmpty]
    public string[] VideoId { get; set; } = Array.Empty<string>();

    /// <summary>immediate, time, manual or polls:N.</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ValidatePattern("^(immediate|time|manual|polls:[0-9]+)$")]
    public string Mode { get; set; } = "";

    /// <summary>Writes each job as the mock now holds it.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord() =>
        Run(async context =>
        {
            foreach (var id in VideoId)
            {
                await new SetMockProgressionHandler(context).SetAsync(Mock, id, Mode.ToLowerInvariant(), PassThru.IsPresent).ConfigureAwait(false);
            }
        });
}

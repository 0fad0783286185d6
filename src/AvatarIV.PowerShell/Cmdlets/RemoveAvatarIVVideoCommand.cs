using System.Management.Automation;
using AvatarIV.PowerShell.Cmdlets.Infrastructure;
using AvatarIV.PowerShell.Completion;
using AvatarIV.PowerShell.Handlers;

namespace AvatarIV.PowerShell.Cmdlets;

/// <summary>Remove-AvatarIVVideo: deletes videos permanently. Asks first unless -Force (or -Confirm:$false).</summary>
[Cmdlet(VerbsCommon.Remove, "AvatarIVVideo", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, HelpUri = HelpLinks.Reference + "remove-avatarivvideo")]
[OutputType(typeof(void))]
public sealed class RemoveAvatarIVVideoCommand : AvatarIVCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(VideoIdCompleter))]
    [ValidateNotNullOrEmpty]
    public string[] VideoId { get; set; } = Array.Empty<string>();

    /// <summary>Delete without asking (-WhatIf still only reports).</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    protected override void ProcessRecord()
    {
        Sink.SkipConfirmation = Force.IsPresent;
        Run(async context =>
        {
            foreach (var id in VideoId)
            {
                await new RemoveVideoHandler(context).RemoveAsync(id).ConfigureAwait(false);
            }
        });
    }
}

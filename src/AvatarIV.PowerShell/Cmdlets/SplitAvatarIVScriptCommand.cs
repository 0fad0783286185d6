using System.Management.Automation;
using AvatarIV.PowerShell.Cmdlets.Infrastructure;
using AvatarIV.PowerShell.Handlers;
using AvatarIV.PowerShell.Models;

namespace AvatarIV.PowerShell.Cmdlets;

/// <summary>Split-AvatarIVScript: splits a long script at sentence ends into parts that each fit one video.</summary>
[Cmdlet(VerbsCommon.Split, "AvatarIVScript")]
[OutputType(typeof(AvatarScriptPart))]
public sealed class SplitAvatarIVScriptCommand : AvatarIVCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Script { get; set; } = "";

    /// <summary>Longest speaking time per part. Default 180 s (the free tier's cap).</summary>
    [Parameter]
    [ValidateRange(1.0, 3600.0)]
    public double MaxSeconds { get; set; } = SplitScriptHandler.DefaultMaxSeconds;

    /// <summary>Speaking speed (1 = normal, 0.5–1.5).</summary>
    [Parameter]
    [ValidateRange(0.5, 1.5)]
    public double Speed { get; set; } = 1.0;

    protected override void ProcessRecord() =>
        Run(context => new SplitScriptHandler(context).Split(Script, MaxSeconds, Speed));
}
